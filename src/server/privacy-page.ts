// GET /privacy: the privacy statement the chat apps link to (the Teams manifest's privacyUrl), in
// Dutch and English, from the same wording as the apps' home pages.
import { CHANNEL_TEXT } from '../answer/channel-messages.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function privacyPage(): string {
  const part = (language: 'nl' | 'en', heading: string) =>
    `<section lang="${language}"><h2>${heading}</h2><p>${escapeHtml(CHANNEL_TEXT[language].homeIntro)}</p><p>${escapeHtml(CHANNEL_TEXT[language].homePrivacy)}</p></section>`;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Uitingswijzer — privacy</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{color:#154273}</style>
</head><body><main><h1>Uitingswijzer</h1>${part('nl', 'Privacy')}${part('en', 'Privacy (English)')}</main></body></html>
`;
}
