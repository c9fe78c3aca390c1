// The HR console's page frame: plain, accessible HTML (Dutch), one stylesheet inline, no script.
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NAV = [
  { href: '/admin', label: 'Kennisstatus' },
  { href: '/admin/proberen', label: 'Probeer het' },
  { href: '/admin/kennisgaten', label: 'Kennisgaten' },
  { href: '/admin/feedback', label: 'Feedback' },
];

const STYLE = `
:root{--blauw:#154273;--grijs:#f3f3f3;--rand:#767676}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff}
a{color:var(--blauw)}:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #ffb612}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header{background:var(--blauw);color:#fff;padding:.75rem 1.5rem;display:flex;gap:2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header nav ul{list-style:none;display:flex;gap:1.25rem;margin:0;padding:0;flex-wrap:wrap}
header a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{max-width:64rem;margin:0 auto;padding:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid var(--rand);padding:.35rem .6rem;text-align:left;vertical-align:top}
thead th{background:var(--grijs)}
.ok{color:#1e6b2f;font-weight:700}.fout{color:#a4000f;font-weight:700}.waarschuwing{color:#7a4a00;font-weight:700}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}textarea,input,select{font:inherit;padding:.4rem;border:1px solid var(--rand);border-radius:3px;max-width:100%}
textarea{width:100%;min-height:8rem}button{font:inherit;background:var(--blauw);color:#fff;border:0;padding:.5rem 1rem;border-radius:3px;cursor:pointer;margin-top:.75rem}main form>button{display:block}
fieldset{border:1px solid var(--rand);margin:.75rem 0}.kaart{background:var(--grijs);padding:1rem;border-radius:4px;margin:1rem 0}
.chart svg{max-width:40rem;height:auto;border:1px solid #ddd}.legend{margin-left:1rem;font-size:.9rem}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
code{background:var(--grijs);padding:0 .2rem}.melding{border-left:4px solid #a4000f;padding:.5rem 1rem;background:#fdecee}
`;

export function page(
  title: string,
  current: string,
  body: string,
  options: { loggedIn?: boolean; who?: string } = {},
): string {
  const loggedIn = options.loggedIn ?? true;
  const nav = loggedIn
    ? `<nav aria-label="Hoofdmenu"><ul>${NAV.map((item) => `<li><a href="${item.href}"${item.href === current ? ' aria-current="page"' : ''}>${item.label}</a></li>`).join('')}</ul></nav>
<span style="margin-left:auto">${options.who ? `Ingelogd als ${escapeHtml(options.who)}` : ''}</span>
<form method="post" action="/admin/logout"><button type="submit" style="margin:0;background:#fff;color:#154273">Uitloggen</button></form>`
    : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Uitingswijzer beheer</title><style>${STYLE}</style></head>
<body><a class="skip" href="#inhoud">Naar de inhoud</a>
<header><strong>Uitingswijzer · beheer</strong>${nav}</header>
<main id="inhoud"><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>
`;
}
