/**
 * Emoji and emoticons, used for every language. Format: see ./format.ts.
 * Skin-tone modifiers and variation selectors are ignored by the tokeniser, so list the bare emoji.
 */
export const SHARED_LEXICON = String.raw`
[emoji-neg]
😡 / 🤬 / 👿 / 💢 = 2.5
😠 / 😤 / 👎 / 💩 / 🤮 / 🖕 = 2
😞 / 😢 / 😭 / 😩 / 😫 / 😖 / 😒 / 🙄 / 🤦 / 🤢 / 😾 / 💔 / ☹ = 1.5
😔 / 😣 / 🙁 / 😕 / 😟 / 😑 / 😓 / 😥 / 😰 / 🤯 / 😪 / 🥲 = 1
😐 / 😶 / 😨 / 😱 / 🤔 = 0.5
:( / >:( / :/ / :\ / T_T / -_- = 1.5
:| = 0.5

[emoji-pos]
😍 / 🥰 / 🤩 / ❤ / 💕 / 💖 / 💗 / 💓 / 💞 / 💘 / 😻 / 🥳 / 🎉 / 🎊 = 1.5
😀 / 😃 / 😄 / 😁 / 😊 / ☺ / 😘 / 😚 / 👍 / 👌 / 💯 / 🌟 / 💪 / 🔥 / 🤗 = 1.2
🙂 / 😆 / 😎 / 😇 / 😋 / 👏 / ✨ / ⭐ / 🌹 / 🌸 / 💐 = 0.8
😂 / 🤣 / 😅 = 0.3
:) / :d / ^^ / ^_^ / <3 / :p / ;) = 1

[polite]
🙏 = 1
`;
