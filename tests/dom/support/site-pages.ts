import { ATTACHMENT, L, authorOf, bodyHtml, esc, inOrder, iso, nameHtml, relative, type Message, type Ticket, type Variant } from './ticket-pages';

/**
 * Each helpdesk's markup for a ticket, reduced to what its adapter relies on (the structure of its fixture
 * page), so a variation test can render any generated ticket in it. `orders` lists the thread orders the
 * helpdesk can show.
 */
export interface SitePage {
  site: string;
  orders: readonly ('oldest' | 'newest')[];
  render(t: Ticket, v: Variant): { html: string; url: string; title?: string };
}

const body = (m: Message, v: Variant) => bodyHtml(m, v);
const attachment = (m: Message) => (m.paragraphs.length === 0 ? ATTACHMENT : '');

export const SITE_PAGES: SitePage[] = [
  {
    site: 'zendesk',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/agent/tickets/${t.id}`,
      html: `<header><h1 data-test-id="omni-header-subject">${esc(t.subject)}</h1>
        <button data-test-id="ticket-system-field-requester-menu">${nameHtml(t.customer, v)}</button>
        <span class="cc">CC: ${nameHtml(t.cc, v)}</span></header>
        <div data-test-id="omni-log-container">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map(
            (m) => `<article data-test-id="omni-log-comment-item" class="${m.kind === 'note' ? 'internal' : ''}">
              <span data-test-id="omni-log-item-sender">${nameHtml(authorOf(t, m), v)}</span>
              <time data-test-id="timestamp-relative" datetime="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</time>
              <div data-test-id="omni-log-message-content">${body(m, v)}</div>${attachment(m)}</article>`,
          )
          .join('')}</div>
        <div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"></div>`,
    }),
  },
  {
    site: 'freescout',
    orders: ['newest'],
    render: (t, v) => ({
      url: `/conversation/${t.id}?folder_id=1`,
      html: `<div class="dropdown-menu" style="display:none"><h1>${L(v, 'Notifications', 'Thông báo')}</h1></div>
        <div id="conv-layout"><div id="conv-layout-header"><div class="conv-subjtext"><span>${esc(t.subject)}</span></div></div>
        <div id="conv-layout-customer"><a class="customer-name" href="#">${nameHtml(t.customer, v)}</a></div>
        <div id="conv-layout-main">
          <div class="conv-reply-block hidden"><div class="note-editable" contenteditable="true"></div></div>
          ${inOrder(t, v)
            .map((m) => {
              const type = { customer: 'customer', agent: 'message', note: 'note', system: 'lineitem' }[m.kind];
              if (m.kind === 'system') return `<div class="thread thread-type-lineitem"><div class="thread-info">${L(v, 'Assigned to', 'Đã giao cho')} ${esc(t.agent.name)}</div></div>`;
              return `<div class="thread thread-type-${type}"><div class="thread-message"><div class="thread-header">
                <div class="thread-title"><span class="thread-person">${nameHtml(authorOf(t, m), v)}</span>
                <div class="thread-recipients">${L(v, 'To', 'Tới')}: support@example.test, ${L(v, 'CC', 'CC')}: ${esc(t.cc.email)}</div></div>
                <div class="thread-info"><span class="thread-date" data-date="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</span>
                <span class="thread-status">${L(v, 'Active', 'Đang mở')}</span></div></div>
                <div class="thread-content">${body(m, v)}</div>${attachment(m)}</div></div>`;
            })
            .join('')}
        </div></div>`,
    }),
  },
  {
    site: 'osticket',
    orders: ['oldest'],
    render: (t, v) => ({
      url: `/scp/tickets.php?id=${Number(t.id) % 97}`,
      html: `<div id="content"><h2><a href="tickets.php?id=${Number(t.id) % 97}">${L(v, 'Ticket', 'Phiếu')} #${t.id}</a></h2>
        <table class="ticket_info"><tr><th>${L(v, 'User', 'Người dùng')}:</th><td><a href="#"><span id="user-7-name">${nameHtml(t.customer, v)}</span></a></td>
        <th>${L(v, 'Collaborators', 'Cộng tác')}:</th><td>${nameHtml(t.cc, v)}</td></tr></table>
        <div class="clear tixTitle has_bottom_border"><h3>${esc(t.subject)}</h3></div>
        <div id="ticketThread"><div id="thread-items">${inOrder(t, v)
          .map((m) => {
            if (m.kind === 'system') return `<div class="thread-event"><b>${esc(t.agent.name)}</b> ${L(v, 'claimed the ticket', 'đã nhận phiếu')}</div>`;
            const type = { customer: 'message', agent: 'response', note: 'note' }[m.kind];
            return `<div class="thread-entry ${type} avatar"><div class="header"><span class="textra"></span>
              <b>${nameHtml(authorOf(t, m), v)}</b> posted <a name="entry-${m.minutesAgo}"><time datetime="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</time></a></div><div class="thread-body no-pjax">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div></div>
        <div id="response_options"><form id="reply"><div class="redactor-in" contenteditable="true"></div><textarea id="response" style="display:none"></textarea></form></div></div>`,
    }),
  },
  {
    site: 'request-tracker',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/rt/Ticket/Display.html?id=${t.id}`,
      html: `<div id="header"><h1>#${t.id}: ${esc(t.subject)}</h1></div>
        <div class="ticket-info-people"><div class="form-row requestors"><div class="label">${L(v, 'Requestors', 'Người yêu cầu')}:</div>
        <div class="value"><span class="current-value"><span class="user" data-user-id="41"><a href="#">${nameHtml(t.customer, v)}</a></span></span></div></div>
        <div class="form-row cc"><div class="label">Cc:</div><div class="value"><span class="user" data-user-id="42"><a href="#">${nameHtml(t.cc, v)}</a></span></div></div></div>
        <div id="delayed_ticket_history"><div class="history-container">${inOrder(t, v)
          .map((m, i) => {
            const user = m.kind === 'customer' ? 41 : m.kind === 'system' ? 1 : 22;
            const who = m.kind === 'system' ? 'The RT System itself' : nameHtml(authorOf(t, m), v);
            const what = { customer: 'Correspondence added', agent: 'Correspondence added', note: 'Comments added', system: "Status changed from 'new' to 'open'" }[m.kind];
            const stamp = new Date(iso(m.minutesAgo)).toUTCString().replace(/ /g, '\u00a0');
            return `<div class="transaction Ticket-transaction ${m.kind === 'system' ? 'basics' : 'message'}" data-transaction-id="${100 + i}">
              <div class="metadata"><span class="date">${stamp}</span><span class="description"><span class="user" data-user-id="${user}"><a href="#">${who}</a></span> - ${what}</span></div>
              <div class="content">${m.kind === 'system' ? '' : `<table><tr><td class="message-header-key">From:</td><td>${esc(authorOf(t, m).email)}</td></tr></table>${m.paragraphs.length ? '' : '<div class="downloadattachment"><a href="#">photo.jpg</a><br></div>'}<div class="messagebody"><div class="message-stanza">${body(m, v)}<div class="message-stanza-folder closed">Show quoted text</div><div class="message-stanza closed"><blockquote>${L(v, 'On Monday you wrote:', 'Vào Thứ Hai bạn đã viết:')} old text</blockquote></div></div></div>`}</div></div>`;
          })
          .join('')}</div></div>
        <a id="page-actions-reply" href="#">Reply</a>`,
    }),
  },
  {
    site: 'help-scout',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/conversation/${t.id}/87/`,
      html: `<h1 id="subjectLine">${esc(t.subject)}</h1><div id="customerName">${nameHtml(t.customer, v)}</div>
        <div id="threads">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const type = { customer: 'customer', agent: 'message', note: 'note' }[m.kind as 'customer'];
            return `<article class="thread ${type}"><strong class="thread-author">${nameHtml(authorOf(t, m), v)}</strong><time datetime="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</time>
              <section class="messageBody">${body(m, v)}</section>${attachment(m)}</article>`;
          })
          .join('')}</div><div class="redactor-editor" contenteditable="true"></div>`,
    }),
  },
  {
    site: 'freshdesk',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/a/tickets/${t.id}`,
      html: `<h2 data-test-id="ticket-subject">${esc(t.subject)}</h2><div data-test-id="requester-name">${nameHtml(t.customer, v)}</div>
        <div data-test-id="conversation-list">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const id = m.kind === 'customer' ? 'incoming-message' : 'outgoing-message';
            return `<div data-test-id="${id}" class="${m.kind === 'note' ? 'private-note' : ''}"><span data-test-id="conversation-sender">${nameHtml(authorOf(t, m), v)}</span>
              <time datetime="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</time><div data-test-id="conversation-body">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div><div class="fr-element" contenteditable="true"></div>`,
    }),
  },
  {
    site: 'front',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/open/cnv_${t.id}`,
      html: `<h1 data-testid="conversation-subject">${esc(t.subject)}</h1><div data-testid="contact-name">${nameHtml(t.customer, v)}</div>
        <div data-testid="conversation-messages">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const attrs = m.kind === 'note' ? 'data-testid="comment"' : `data-testid="message" data-direction="${m.kind === 'customer' ? 'inbound' : 'outbound'}"`;
            return `<div ${attrs}><span data-testid="message-sender">${nameHtml(authorOf(t, m), v)}</span><time datetime="${iso(m.minutesAgo)}"></time>
              <div data-testid="message-body">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div><div data-testid="composer"><div contenteditable="true"></div></div>`,
    }),
  },
  {
    site: 'hubspot',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/help-desk/2163/view/95/ticket/${t.id}`,
      html: `<h1 data-test-id="ticket-name">${esc(t.subject)}</h1><div data-test-id="contact-name">${nameHtml(t.customer, v)}</div>
        <div data-test-id="thread-history">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const attrs = m.kind === 'note' ? 'data-test-id="thread-comment"' : `data-test-id="thread-message" data-direction="${m.kind === 'customer' ? 'INCOMING' : 'OUTGOING'}"`;
            return `<div ${attrs}><span data-test-id="message-sender">${nameHtml(authorOf(t, m), v)}</span><time datetime="${iso(m.minutesAgo)}"></time>
              <div data-test-id="message-body">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div><div data-test-id="reply-editor"><div contenteditable="true"></div></div>`,
    }),
  },
  {
    site: 'intercom',
    orders: ['oldest'],
    render: (t, v) => ({
      url: `/a/inbox/x1/inbox/shared/all/conversation/${t.id}`,
      html: `<div class="inbox2__conversation-page"><h1 data-intercom-target="conversation-title">${esc(t.subject)}</h1>
        <div data-intercom-target="conversation-details-user-name">${nameHtml(t.customer, v)}</div>
        <div data-intercom-target="conversation-stream">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const part = { customer: 'inbox2__user-email-part', agent: 'inbox2__admin-email-part', note: 'inbox2__note-part' }[m.kind as 'customer'];
            return `<div data-intercom-target="conversation-stream-content-part"><div class="${part}"><span data-intercom-target="conversation-part-author">${nameHtml(authorOf(t, m), v)}</span>
              <time datetime="${iso(m.minutesAgo)}"></time><div class="intercom-interblocks">${body(m, v)}</div>${attachment(m)}</div></div>`;
          })
          .join('')}</div></div>`,
    }),
  },
  {
    site: 'gorgias',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/app/ticket/${t.id}`,
      html: `<h1 data-testid="ticket-subject">${esc(t.subject)}</h1><div data-testid="customer-name">${nameHtml(t.customer, v)}</div>
        <div data-testid="ticket-messages">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const attrs = m.kind === 'note' ? 'class="internal-note"' : `data-from-agent="${m.kind !== 'customer'}"`;
            return `<div data-testid="ticket-message" ${attrs}><span data-testid="message-sender">${nameHtml(authorOf(t, m), v)}</span><time datetime="${iso(m.minutesAgo)}"></time>
              <div data-testid="message-body">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div>`,
    }),
  },
  {
    site: 'zoho-desk',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/agent/acme/support/tickets/details/${t.id}`,
      html: `<h1 data-id="ticketSubject">${esc(t.subject)}</h1><div data-id="contactName">${nameHtml(t.customer, v)}</div>
        <div data-id="ticketConversation">${inOrder(t, v)
          .filter((m) => m.kind !== 'system')
          .map((m) => {
            const attrs = m.kind === 'note' ? 'class="is-comment"' : `data-direction="${m.kind === 'customer' ? 'in' : 'out'}"`;
            return `<div data-id="threadItem" ${attrs}><span data-id="threadAuthor">${nameHtml(authorOf(t, m), v)}</span><time datetime="${iso(m.minutesAgo)}"></time>
              <div data-id="threadContent">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div>`,
    }),
  },
  {
    site: 'gmail',
    orders: ['oldest'],
    render: (t, v) => ({
      url: `/mail/u/0/#inbox/FMfcgzQX${t.id}abcdef`,
      title: `Inbox - ${t.agent.email} - Gmail`,
      html: `<div role="main"><h2 class="hP">${esc(t.subject)}</h2><div role="list">${inOrder(t, v)
        .filter((m) => m.kind === 'customer' || m.kind === 'agent')
        .map(
          (m) => `<div class="adn"><span class="gD" email="${authorOf(t, m).email}">${nameHtml(authorOf(t, m), { ...v, email: 'none' })}</span>
            <span class="g3" title="${iso(m.minutesAgo)}">${relative(m.minutesAgo, v.lang)}</span><div class="a3s">${body(m, v)}</div>${attachment(m)}</div>`,
        )
        .join('')}</div><div aria-label="Message Body" contenteditable="true"></div></div>`,
    }),
  },
  {
    // A helpdesk no adapter knows: timeline items with a header (name, time, labels) and a body.
    site: 'generic',
    orders: ['oldest', 'newest'],
    render: (t, v) => ({
      url: `/support/tickets/${t.id}`,
      html: `<nav><a href="#">${L(v, 'Tickets', 'Phiếu')}</a></nav><main>
        <h1>${L(v, 'Support ticket', 'Phiếu hỗ trợ')}</h1>
        <div class="ticket-header"><h2 class="ticket-title">${esc(t.subject)}</h2></div>
        <dl class="props"><dt>${L(v, 'Requester', 'Khách hàng')}</dt><dd>${nameHtml(t.customer, v)}</dd><dt>CC</dt><dd>${nameHtml(t.cc, v)}</dd></dl>
        <div class="timeline">${inOrder(t, v)
          .map((m) => {
            if (m.kind === 'system') return `<div class="timeline-item event">${L(v, 'Status changed to Open', 'Trạng thái đổi thành Mở')}</div>`;
            const label = m.kind === 'note' ? `<span class="label">${L(v, 'Internal note', 'Ghi chú nội bộ')}</span>` : m.kind === 'agent' ? `<span class="label">${L(v, 'Staff', 'Nhân viên')}</span>` : '';
            return `<div class="timeline-item"><div class="item-header"><b>${nameHtml(authorOf(t, m), v)}</b> ${label}
              <span class="when">${relative(m.minutesAgo, v.lang)}</span></div><div class="item-body">${body(m, v)}</div>${attachment(m)}</div>`;
          })
          .join('')}</div><textarea aria-label="Reply"></textarea></main>`,
    }),
  },
];
