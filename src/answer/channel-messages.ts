// Wording the chat channels share (Slack and Teams): progress, profile form, home page, errors. The
// channels render it; keeping it here keeps both channels saying the same thing.
import type { Sector } from '../core/types.ts';
import type { Language } from './messages.ts';

export const CHANNEL_TEXT = {
  nl: {
    busyCheck: '⏳ Bezig met toetsen… Alleen jij ziet dit.',
    overloaded: 'Het is nu erg druk. Probeer het over een minuut nog eens.',
    failed:
      'Sorry, er ging bij mij iets mis. Probeer het zo nog eens. Lukt het niet? Neem contact op met HR.',
    ownMessagesOnly:
      'Je kunt alleen je eigen berichten toetsen. Wil je een tekst van iemand anders bespreken? Stel me er een vraag over.',
    emptyDraft: 'Plak eerst de tekst die je wilt laten toetsen.',
    draftTooLong: (max: number) => `Je tekst is te lang. Het maximum is ${max} tekens.`,
    draftTitle: 'Uitingstoets',
    draftLabel: 'Je concept',
    draftHint: 'Alleen jij ziet de uitkomst. Je tekst wordt niet bewaard.',
    check: 'Toets',
    close: 'Sluiten',
    save: 'Opslaan',
    cancel: 'Annuleren',
    profileTitle: 'Mijn profiel',
    profileIntro:
      'Met je profiel worden antwoorden en toetsen preciezer: bij welke overheid je werkt en aan welke onderwerpen. Alles is optioneel. Laat je alles leeg, dan wis je je profiel.',
    sectorLabel: 'Waar werk je?',
    roleLabel: 'Je functie',
    rolePlaceholder: 'bijvoorbeeld beleidsmedewerker VWS',
    portfolioLabel: 'Onderwerpen waar je aan werkt',
    portfolioHint: 'Eén per regel of gescheiden door komma’s.',
    organisationLabel: 'Code van je organisatie',
    organisationHint:
      'Alleen als je werkgever je een code gaf, zoals gemeente-voorbeeld. Dan gelden ook haar eigen regels.',
    profileSaved: 'Je profiel is opgeslagen. Ik gebruik het bij je volgende vragen en toetsen.',
    profileCleared: 'Je profiel is gewist.',
    profileInvalid:
      'Je profiel kon niet worden opgeslagen: een veld is te lang of er zijn te veel onderwerpen.',
    feedbackThanks: 'Dank je voor je reactie!',
    voteCounted: (button: string) =>
      `✅ Je stem is geteld: ${button}. Dank je! Met de andere knop kun je je stem nog wijzigen.`,
    voteChanged: (button: string) => `✅ Je stem is gewijzigd in: ${button}. Dank je!`,
    voteAlreadyCounted: (button: string) => `✅ Je stem op dit antwoord was al geteld: ${button}.`,
    provisional: (summary: string) => `Voorlopig: ${summary}`,
    portfolioRemembered: (topic: string) =>
      `Opgeslagen: "${topic}" staat nu in je profiel als onderwerp waar je aan werkt. Je kunt het altijd wijzigen in je profiel.`,
    sentPrivately: 'Ik heb je de uitkomst in een privéchat gestuurd. Alleen jij ziet hem.',
    profileSentPrivately: 'Ik heb je het profielformulier in een privéchat gestuurd.',
    couldNotSendPrivately:
      'Ik kon je geen privébericht sturen. Open een chat met de Uitingswijzer (via Apps) en probeer het daar.',
    unknownAction: 'Deze knop werkt niet meer. Stel je vraag opnieuw.',
    homeTitle: 'Uitingswijzer',
    homeIntro:
      'Ik help je bepalen wat je als ambtenaar mag zeggen, posten, liken, delen of meedoen: op je werk en privé. Mijn antwoorden steunen op de Ambtenarenwet 2017 en andere bronnen, met het artikel erbij.',
    homeAskTitle: 'Een vraag stellen',
    homeAsk:
      '• Stuur me een direct bericht, of noem @Uitingswijzer in een kanaal: ik antwoord in de thread.\n• Of typ `/uitingswijzer` en je vraag: alleen jij ziet het antwoord.',
    homeCheckTitle: 'Een concept toetsen',
    homeCheck:
      '• Typ `/uitingstoets` en plak je tekst erachter, of typ alleen `/uitingstoets` voor een invulscherm.\n• Of kies bij je eigen bericht ⋯ → *Toets dit bericht*.\nAlleen jij ziet de uitkomst.',
    homeProfileTitle: 'Je profiel',
    homeProfile: 'Typ `/uitingswijzer profiel` om in te stellen waar je werkt en aan welke onderwerpen.',
    homePrivacyTitle: 'Privacy',
    homePrivacy:
      'Je vragen en concepten worden alleen gebruikt om je te antwoorden en komen niet in logbestanden. Je laatste vraag in een gesprek bewaar ik een half uur, zodat ik een vervolgvraag begrijp. Concepten worden nooit bewaard en alleen jij ziet een toets. Vragen waarop ik geen goed antwoord had, bewaren we zonder je naam en met persoonsgegevens gemaskeerd, zodat HR de kennis kan aanvullen. Je profiel en je 👍/👎 worden bewaard om je beter te helpen; je profiel wis je door het leeg op te slaan. Gebruikt je organisatie een taalmodel, dan gaan je vragen daarheen met persoonsgegevens gemaskeerd. Mijn antwoord is een advies, geen toestemming.',
    homeKnowledge: (version: string, newest: string, oldest: string) =>
      `Kennisversie ${version} · bronnen gecontroleerd tussen ${oldest} en ${newest}`,
    adminRefused: (count: number, version: string) =>
      `⚠️ De nieuwe kennisbank is geweigerd: ${count} fout(en). De vorige versie (${version}) blijft in gebruik.`,
    adminWarnings: (count: number, version: string) =>
      `ℹ️ Nieuwe kennisversie ${version} geladen, met ${count} waarschuwing(en).`,
    adminOrganisationRefused: (id: string, count: number) =>
      `⚠️ De nieuwe kennis van organisatie ${id} is geweigerd: ${count} fout(en). Haar vorige versie blijft in gebruik; de andere organisaties gaan gewoon door.`,
  },
  en: {
    busyCheck: '⏳ Checking… Only you can see this.',
    overloaded: 'It is very busy right now. Please try again in a minute.',
    failed: 'Sorry, something went wrong on my side. Please try again in a moment. Still stuck? Contact HR.',
    ownMessagesOnly:
      'You can only check your own messages. Want to discuss someone else’s text? Ask me a question about it.',
    emptyDraft: 'Paste the text you want checked first.',
    draftTooLong: (max: number) => `Your text is too long. The maximum is ${max} characters.`,
    draftTitle: 'Draft check',
    draftLabel: 'Your draft',
    draftHint: 'Only you see the result. Your text is not kept.',
    check: 'Check',
    close: 'Close',
    save: 'Save',
    cancel: 'Cancel',
    profileTitle: 'My profile',
    profileIntro:
      'Your profile makes answers and checks more precise: which government you work for and on which topics. Everything is optional. Leave all fields empty to delete your profile.',
    sectorLabel: 'Where do you work?',
    roleLabel: 'Your role',
    rolePlaceholder: 'for example policy officer at a ministry',
    portfolioLabel: 'Topics you work on',
    portfolioHint: 'One per line or separated by commas.',
    organisationLabel: 'Your organisation’s code',
    organisationHint:
      'Only if your employer gave you one, such as gemeente-voorbeeld. Its own rules then apply too.',
    profileSaved: 'Your profile is saved. I use it for your next questions and checks.',
    profileCleared: 'Your profile is deleted.',
    profileInvalid: 'Your profile could not be saved: a field is too long or there are too many topics.',
    feedbackThanks: 'Thank you for your feedback!',
    voteCounted: (button: string) =>
      `✅ Your vote was counted: ${button}. Thank you! You can still change it with the other button.`,
    voteChanged: (button: string) => `✅ Your vote was changed to: ${button}. Thank you!`,
    voteAlreadyCounted: (button: string) => `✅ Your vote on this answer was already counted: ${button}.`,
    provisional: (summary: string) => `For now: ${summary}`,
    portfolioRemembered: (topic: string) =>
      `Saved: "${topic}" is now in your profile as a topic you work on. You can change it in your profile at any time.`,
    sentPrivately: 'I sent you the result in a private chat. Only you can see it.',
    profileSentPrivately: 'I sent you the profile form in a private chat.',
    couldNotSendPrivately:
      'I could not send you a private message. Open a chat with Uitingswijzer (via Apps) and try there.',
    unknownAction: 'This button no longer works. Please ask again.',
    homeTitle: 'Uitingswijzer',
    homeIntro:
      'I help you decide what you, as a Dutch civil servant, may say, post, like, share or join: at work and in private. My answers rest on the Ambtenarenwet 2017 and other sources, with the article.',
    homeAskTitle: 'Ask a question',
    homeAsk:
      '• Send me a direct message, or mention @Uitingswijzer in a channel: I answer in the thread.\n• Or type `/uitingswijzer` and your question: only you see the answer.',
    homeCheckTitle: 'Check a draft',
    homeCheck:
      '• Type `/uitingstoets` followed by your text, or just `/uitingstoets` for a form.\n• Or choose ⋯ → *Toets dit bericht* on your own message.\nOnly you see the result.',
    homeProfileTitle: 'Your profile',
    homeProfile: 'Type `/uitingswijzer profiel` to set where you work and on which topics.',
    homePrivacyTitle: 'Privacy',
    homePrivacy:
      'Your questions and drafts are used only to answer you and are not written to logs. Your last question in a conversation is kept for half an hour, so I understand a follow-up. Drafts are never kept and only you see a check. Questions I could not answer well are kept without your name and with personal data masked, so HR can improve the knowledge. Your profile and your 👍/👎 are kept to help you better; delete your profile by saving it empty. If your organisation uses a language model, your questions go to it with personal data masked. My answer is advice, not permission.',
    homeKnowledge: (version: string, newest: string, oldest: string) =>
      `Knowledge version ${version} · sources reviewed between ${oldest} and ${newest}`,
    adminRefused: (count: number, version: string) =>
      `⚠️ The new knowledge was refused: ${count} error(s). The previous version (${version}) stays in service.`,
    adminWarnings: (count: number, version: string) =>
      `ℹ️ New knowledge version ${version} loaded, with ${count} warning(s).`,
    adminOrganisationRefused: (id: string, count: number) =>
      `⚠️ The new knowledge of organisation ${id} was refused: ${count} error(s). Its previous version stays in service; the other organisations are not affected.`,
  },
} satisfies Record<Language, Record<string, unknown>>;

/** What a voter reads after pressing 👍 or 👎 (`button` is its label): counted, changed, or counted already. */
export function voteNote(
  language: Language,
  vote: { rating: 'up' | 'down'; previous?: 'up' | 'down' | undefined },
  button: string,
): string {
  const text = CHANNEL_TEXT[language];
  if (vote.previous === undefined) return text.voteCounted(button);
  return vote.previous === vote.rating ? text.voteAlreadyCounted(button) : text.voteChanged(button);
}

export const SECTOR_LABEL: Record<Language, Record<Sector, string>> = {
  nl: {
    rijk: 'Rijksoverheid',
    gemeente: 'Gemeente',
    provincie: 'Provincie',
    waterschap: 'Waterschap',
    politie: 'Politie',
    defensie: 'Defensie',
    onderwijs: 'Onderwijs (openbaar)',
    overig: 'Andere overheidsorganisatie',
  },
  en: {
    rijk: 'Central government',
    gemeente: 'Municipality',
    provincie: 'Province',
    waterschap: 'Water authority',
    politie: 'Police',
    defensie: 'Defence',
    onderwijs: 'Education (public)',
    overig: 'Other public body',
  },
};

export const ENGINE_LABEL: Record<Language, Record<'embedded' | 'model', string>> = {
  nl: {
    embedded: 'antwoord van de ingebouwde regels',
    model: 'antwoord met een taalmodel, getoetst aan de bronnen',
  },
  en: {
    embedded: 'answer from the built-in rules',
    model: 'answer by a language model, checked against the sources',
  },
};

/** The sign in front of a verdict or a risk, the same in every channel. */
export const VERDICT_EMOJI = {
  mag: '✅',
  voorwaardelijk: '⚠️',
  'mag-niet': '⛔',
  'buiten-scope': 'ℹ️',
} as const;
export const RISK_EMOJI = { laag: '🟢', middel: '🟠', hoog: '🔴' } as const;
