#!/usr/bin/env bash
# Runs Debian's Request Tracker 5 (request-tracker5 + rt5-db-sqlite + rt5-standalone) on loopback for the
# end-to-end tests: http://127.0.0.1:PORT/, login root / password. Runs in the foreground until killed.
#
#   scripts/rt-local.sh PORT
#
# Needs root: RT runs as www-data, which owns its SQLite database and caches. The Debian configuration is
# left untouched: RT reads a private copy of its site config with our overrides added last.
set -euo pipefail
port="${1:?usage: rt-local.sh PORT}"
etc=/etc/request-tracker5
libexec=/usr/share/request-tracker5/libexec
[ -x "$libexec/rt-server" ] || { echo "Request Tracker 5 is not installed (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)" >&2; exit 3; }
[ "$(id -u)" = 0 ] || { echo "rt-local.sh needs root: RT runs as www-data, which owns its database" >&2; exit 4; }

conf="$(mktemp -d /tmp/rt-e2e-XXXXXX)"
trap 'rm -rf "$conf"' EXIT
cp "$etc"/RT_SiteConfig.d/*.pm "$conf"/
# Loaded after Debian's snippets (alphabetical order), so these win. RT checks every request's Host and
# Referer against WebDomain/WebPort; mail RT would send goes to an mbox file instead of exim.
cat > "$conf/99-loopback.pm" <<EOF
Set(\$rtname, 'calmreply.test');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$WebURL, 'http://127.0.0.1:$port/');
Set(\$MailCommand, 'mbox');
Set(\$LogToSTDERR, 'warning');
EOF
# RT_SiteConfig.pm itself is empty on Debian but readable only by root.
: > "$conf/RT_SiteConfig.pm"
chown -R www-data "$conf"
export RT_SITE_CONFIG="$conf/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$conf"

# Mail from customers arrives through rt-mailgate as "Everyone": let them open tickets in General and reply.
runuser -u www-data -- env RT_SITE_CONFIG="$RT_SITE_CONFIG" RT_SITE_CONFIG_DIR="$RT_SITE_CONFIG_DIR" \
  perl -I/usr/share/request-tracker5/lib -e '
    use strict; use RT; RT::LoadConfig(); RT::Init();
    my $everyone = RT::Group->new(RT->SystemUser);
    $everyone->LoadSystemInternalGroup("Everyone");
    my $queue = RT::Queue->new(RT->SystemUser);
    $queue->Load("General");
    for my $right (qw(CreateTicket ReplyToTicket)) {
      next if $everyone->PrincipalObj->HasRight(Right => $right, Object => $queue);
      my ($ok, $msg) = $everyone->PrincipalObj->GrantRight(Right => $right, Object => $queue);
      die "granting $right: $msg\n" unless $ok;
    }'

runuser -u www-data -- env RT_SITE_CONFIG="$RT_SITE_CONFIG" RT_SITE_CONFIG_DIR="$RT_SITE_CONFIG_DIR" \
  "$libexec/rt-server" --host 127.0.0.1 --port "$port"
