/**
 * German. Same keys and {{placeholders}} as `en.ts` (test/discord/locales.test.ts checks it);
 * informal "du", as German Discord communities write.
 */
export const de = {
  common: {
    serversOnly: 'clipcast funktioniert nur auf Servern.',
    commandGone: 'Diesen Befehl gibt es nicht mehr.',
    internalError:
      'Bei uns ist etwas schiefgelaufen (Ref. `{{ref}}`). Dir wurde nichts berechnet; bitte versuch es noch einmal.',
    busy: 'Der Bot ist gerade ausgelastet. Versuch es gleich noch einmal (dir wurde nichts berechnet).',
    storageDown:
      'Der Speicher des Bots ist gerade nicht erreichbar. Versuch es in einer Minute noch einmal (dir wurde nichts berechnet).',
    badCustomId:
      'Diesen Button oder dieses Formular kenne ich nicht. Vielleicht stammt es von einer älteren Version des Bots.',
    formExpired: 'Dieses Formular ist abgelaufen. Drück den Button noch einmal, um ein neues zu bekommen.',
    credits_one: '{{count}} Credit',
    credits_other: '{{count}} Credits',
    seconds: '{{count}} s',
    hours: '{{count}} h',
    none: 'keine',
    off: 'aus',
    listSeparator: ', ',
    quoted: '„{{text}}“',
    twoSentences: '{{a}} {{b}}',
    fullStop: '.',
  },
  video: {
    invalid: {
      promptMissing: 'Der Prompt fehlt.',
      promptEmpty: 'Der Prompt ist leer. Beschreib, was im Video passieren soll.',
      promptTooLong: 'Der Prompt ist zu lang: Bleib unter {{max}} Zeichen.',
      promptInvisible: 'Der Prompt enthält keinen sichtbaren Text. Beschreib, was im Video passieren soll.',
      promptControl: 'Der Prompt enthält unsichtbare Steuerzeichen. Tipp ihn ohne sie neu ein.',
      aspectRatio: 'Das Seitenverhältnis muss {{choices}} sein.',
      duration: 'Die Dauer muss {{choices}} Sekunden betragen.',
      seed: 'Der Seed muss eine ganze Zahl zwischen -1 und {{max}} sein.',
      tooManyImages: 'Es sind höchstens {{max}} Referenzbilder erlaubt.',
      notImage: '{{label}} muss ein Bild sein (PNG, JPEG, WebP oder GIF); „{{name}}“ ist keins.',
      notVideo: '{{label}} muss ein Video sein (MP4, WebM oder MOV); „{{name}}“ ist keins.',
      declaredOther: '{{label}} muss {{expected}} sein; „{{name}}“ ist {{declared}}.',
      empty: '{{label}} („{{name}}“) ist leer.',
      tooLarge: '{{label}} ist zu groß ({{size}}); erlaubt sind höchstens {{max}}.',
      noLink: '{{label}} hat keinen brauchbaren Link. Lade die Datei noch einmal hoch.',
      imageLabel: 'Referenzbild {{n}}',
      videoLabel: 'Das Referenzvideo',
      anImage: 'ein Bild (PNG, JPEG, WebP oder GIF)',
      aVideo: 'ein Video (MP4, WebM oder MOV)',
    },
    refused: {
      channel: '🚫 /video ist in diesem Kanal nicht freigeschaltet. Versuch es in {{channels}}.',
      blockedWord:
        '🚫 Dein Prompt enthält „{{word}}“, und das ist auf diesem Server nicht erlaubt. Formulier ihn um und versuch es noch einmal (dir wurde nichts berechnet).',
      blocked:
        '🚫 Du bist auf diesem Server für Videos gesperrt. Wenn du das für einen Fehler hältst, frag eine Moderatorin oder einen Moderator.',
      cooldown: '⏱️ Abklingzeit: Dein nächstes Video kannst du {{when}} starten.',
      userJobs_one:
        '⏳ Du hast schon {{count}} Video in Arbeit (das Limit hier). Versuch es noch einmal, wenn es fertig ist.',
      userJobs_other:
        '⏳ Du hast schon {{count}} Videos in Arbeit (das Limit hier). Versuch es noch einmal, wenn eins fertig ist.',
      guildJobs:
        '⏳ Auf diesem Server sind schon {{count}} Videos in Arbeit (sein Limit). Versuch es in einer Minute noch einmal.',
      balance_one:
        '💳 Dieses Video kostet **{{count}}** Credit, du hast **{{balance}}**. Deine Credits werden {{when}} aufgefüllt; eine kürzere Dauer kostet weniger.',
      balance_other:
        '💳 Dieses Video kostet **{{count}}** Credits, du hast **{{balance}}**. Deine Credits werden {{when}} aufgefüllt; eine kürzere Dauer kostet weniger.',
      misconfigured:
        '🛠️ Der Videodienst ist gerade falsch eingerichtet; eine Meldung ging an {{told}}. Dir wurde nichts berechnet.',
      providerDown:
        '🌧️ Der Videodienst hat gerade Probleme. Versuch es {{when}} noch einmal (dir wurde nichts berechnet).',
      modelUnavailable:
        '🛠️ Videos können gerade nicht erstellt werden: Das Videomodell ist beim Anbieter nicht verfügbar; eine Meldung ging an {{told}}. Dir wurde nichts berechnet.',
      referencesExpired_one:
        '🖼️ Eine Referenzdatei des ursprünglichen Auftrags ist auf Discord nicht mehr verfügbar (Uploads in Befehlen laufen ab). Starte /video noch einmal mit den Dateien im Anhang.',
      notAnImage:
        '🖼️ Referenzbild {{n}} ist gar kein Bild (das sagen seine ersten Bytes). Häng eine PNG-, JPEG-, WebP- oder GIF-Datei an (dir wurde nichts berechnet).',
      notAVideo:
        '🎞️ Das Referenzvideo ist gar kein Video (das sagen seine ersten Bytes). Häng eine MP4-, WebM- oder MOV-Datei an (dir wurde nichts berechnet).',
      notDiscord: '🖼️ Referenzdateien müssen auf Discord hochgeladen sein (dir wurde nichts berechnet).',
      referencesExpired_other:
        '🖼️ {{count}} Referenzdateien des ursprünglichen Auftrags sind auf Discord nicht mehr verfügbar (Uploads in Befehlen laufen ab). Starte /video noch einmal mit den Dateien im Anhang.',
    },
    told: {
      logChannel: 'den Log-Kanal dieses Servers',
      owner: 'den Betreiber des Bots',
    },
    started: '✅ Dein Video ist unterwegs: {{link}}',
    missingPermissions:
      '⚠️ Hinweis: Mir fehlen in diesem Kanal die Rechte „Kanal ansehen“, „Nachrichten senden“, „Links einbetten“ oder „Dateien anhängen“. Dein Video ist unterwegs, aber wenn es länger als 15 Minuten dauert, kann ich es hier nicht posten (du bekämst deine Credits zurück). Eine Moderatorin oder ein Moderator kann meine Rechte anpassen.',
  },
  status: {
    accepted: '⏳ **Angenommen** — reiht sich in die Warteschlange ein…',
    settings: '{{duration}} s · {{aspectRatio}} · Seed {{seed}}',
    references_one: '{{count}} Referenz',
    references_other: '{{count}} Referenzen',
    origin: {
      command: 'Fortsetzung von Auftrag {{parent}}',
      reroll: 'Neuer Wurf von Auftrag {{parent}}',
      same_seed: 'Auftrag {{parent}} mit gleichem Seed',
      edit: 'Bearbeitete Fassung von Auftrag {{parent}}',
      animate: 'Animation einer Nachricht',
    },
    queued: '⏳ **In der Warteschlange** — Platz **{{position}}**. Bis zum Start kannst du noch abbrechen.',
    submitting: '📤 **Start** — deine Anfrage geht an den Renderer…',
    rendering:
      '🎬 **Wird gerendert** {{bar}} {{percent}} % · {{elapsed}} vergangen (meist etwa {{expected}} s, fertig {{eta}})',
    delivering: '📦 **Wird hochgeladen** — dein Clip…',
    renderingLate:
      '🎬 **Wird gerendert** {{bar}} {{percent}} % · {{elapsed}} vergangen — dauert länger als üblich (meist etwa {{expected}} s); der Clip erscheint hier, sobald er fertig ist.',
    deliveryRetry:
      '✅ **Dein Clip ist fertig** — er wurde gerendert, aber das Herunterladen ist vorerst fehlgeschlagen. Neuer Versuch {{when}}; es geht nichts verloren.',
  },
  result: {
    title: '🎞️ Dein Clip ist fertig',
    ready: '{{user}} dein Clip ist fertig.',
    link: 'Das Video ist größer als das Upload-Limit dieses Servers, darum hier ein Link (etwa 7 Tage gültig): {{link}}',
    ping: '{{user}} dein Clip ist fertig: {{url}}',
    seed: 'Seed',
    duration: 'Dauer',
    aspectRatio: 'Seitenverhältnis',
    cost: 'Kosten',
    requestedBy: 'Angefragt von',
    references: 'Referenzen',
    footer: 'Auftrag {{id}}',
    footerFrom: 'Auftrag {{id}} · aus {{parent}}',
  },
  failure: {
    cancelled: '❌ **Abgebrochen**',
    failed: '❌ **Fehlgeschlagen** — {{reason}}',
    refunded_one: 'Dein {{count}} Credit wurde erstattet.',
    refunded_other: 'Deine {{count}} Credits wurden erstattet.',
    providerSaid: 'Der Anbieter meldet: „{{reason}}“',
    advice: {
      safety:
        'Das hilft oft: Sag, was du willst, statt was du nicht willst („nicht“/„kein“ geht oft nach hinten los), fass dich kurz (etwa 50 Wörter), beginn mit Kamera und Einstellung („eine durchgehende Einstellung, langsame Kamerafahrt nach vorn“) und sag, wofür jedes Referenzbild da ist („Bild 1 ist die Figur“). Drück **Bearbeiten**, um es umzuformulieren und neu zu starten.',
      referenceVideo:
        'Hochgeladene Referenzvideos werden viel öfter abgelehnt als reine Prompts: Versuch es ohne Video oder beschreib die Bewegung in Worten. Drück **Bearbeiten**, um es noch einmal zu versuchen.',
      referenceImage:
        'Der Renderer konnte eines der Referenzbilder nicht verwenden: Prüf, ob es normale PNG-, JPEG- oder WebP-Bilder sind, die noch verfügbar sind, oder drück **Bearbeiten**, um es unverändert noch einmal zu versuchen.',
    },
    code: {
      render_failed: 'Der Renderer konnte dieses Video nicht erstellen.',
      content_blocked: 'Der Inhaltsfilter des Renderers hat diese Anfrage abgelehnt.',
      submit_rejected: 'Der Renderer hat die Anfrage nicht angenommen. Bitte versuch es gleich noch einmal.',
      uncertain_submit:
        'Der Bot wurde beim Senden deiner Anfrage neu gestartet und weiß nicht, ob der Renderer sie erhalten hat. Deshalb hat er hier angehalten, statt eine doppelte Abbuchung zu riskieren.',
      expired: 'Der Renderer hat diese Anfrage nicht mehr (sie ist abgelaufen).',
      timeout: 'Das Rendern hat viel länger gedauert als sonst, deshalb wartet der Bot nicht mehr.',
      delivery: 'Das Video wurde gerendert, konnte aber nicht heruntergeladen oder hier gepostet werden.',
      result_unreadable:
        'Das Video wurde gerendert, aber die Antwort des Renderers war nicht rechtzeitig lesbar; der Betreiber des Bots kann es noch abrufen.',
      cancelled: 'Abgebrochen.',
      misconfigured: 'Der Videodienst ist gerade falsch eingerichtet; eine Meldung ging an {{told}}.',
      model_unavailable:
        'Videos können gerade nicht erstellt werden (das Videomodell ist beim Anbieter nicht verfügbar); eine Meldung ging an {{told}}.',
      provider_down: 'Der Videodienst hat gerade Probleme. Bitte versuch es in ein paar Minuten noch einmal.',
      damaged: 'Der gespeicherte Stand dieses Auftrags war beschädigt, deshalb hat der Bot ihn gestoppt.',
      internal: 'Bei uns ist etwas schiefgelaufen.',
    },
  },
  buttons: {
    reroll: 'Neu würfeln',
    same: 'Gleicher Seed',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    cancel: 'Abbrechen',
    editTitle: 'Bearbeiten und neu starten',
    promptLabel: 'Prompt',
    seedLabel: 'Seed (leer oder -1 = zufällig)',
  },
  clip: {
    unknownJob: 'Diesen Auftrag gibt es nicht mehr.',
    otherGuild: 'Dieser Button gehört zu einem Auftrag von einem anderen Server.',
    notYourDelete: 'Nur wer es angefragt hat oder das Moderationsteam kann das löschen.',
    notYourCancel: 'Nur wer ihn angefragt hat oder das Moderationsteam kann diesen Auftrag abbrechen.',
    deleted: '🗑️ Gelöscht.',
    cancelled: '✅ Abgebrochen. {{credits}} erstattet.',
    notCancellable:
      'Dieser Auftrag wird schon gesendet oder ausgeliefert und lässt sich nicht mehr abbrechen.',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} „{{prompt}}“ · Seed {{seed}} · {{credits}}',
    title: 'Credits — {{who}}',
    balance: 'Guthaben',
    blocked: '(gesperrt)',
    reserved: 'Reserviert',
    reservedValue: '{{count}} (in Arbeit)',
    allowance: 'Kontingent',
    allowanceValue: '{{allowance}} alle {{hours}} h',
    nextRefill: 'Nächste Auffüllung',
    costs: 'Kosten pro Video',
    recent: 'Letzte Aufträge',
    noJobs: 'Noch keine Videos.',
  },
  roles: {
    refused: {
      denied:
        '🚫 Mit deinen Rollen kannst du auf diesem Server keine Videos erstellen. Wenn du das für einen Fehler hältst, frag eine Moderatorin oder einen Moderator.',
      required:
        '🚫 Mit deinen Rollen kannst du hier keine Videos erstellen: Das können nur Mitglieder mit {{roles}}. Wenn du meinst, dass du eine davon haben solltest, frag eine Moderatorin oder einen Moderator.',
    },
    field: 'Deine Rollen',
    allowanceFrom: 'Kontingent **{{allowance}}** durch {{role}}',
    jobsFrom_one: 'Bis zu **{{count}}** Auftrag gleichzeitig durch {{role}}',
    jobsFrom_other: 'Bis zu **{{count}}** Aufträge gleichzeitig durch {{role}}',
    deniedBy: '🚫 {{role}} darf hier keine Videos erstellen',
    notAllowed: '🚫 Nur {{roles}} dürfen hier Videos erstellen, und du hast keine dieser Rollen',
    title: 'Rollenlimits auf diesem Server',
    none: 'Keine Rolle hat eigene Limits: Für alle Mitglieder gelten die Servereinstellungen.',
    allowOnly:
      'Nur Mitglieder mit einer **erlaubten** Rolle (und Moderatoren) dürfen Videos erstellen. Wer mehrere Rollen hat, bekommt die großzügigste; eine gesperrte Rolle geht allem vor.',
    mostGenerous:
      'Wer mehrere Rollen hat, bekommt die großzügigste (höchstes Kontingent, meiste Aufträge gleichzeitig); eine gesperrte Rolle geht allem vor.',
    line: '{{role}} — {{parts}}',
    label: { allowance: 'Kontingent', maxJobs: 'Aufträge gleichzeitig', access: 'Zugriff' },
    access: { default: 'wie alle', allow: 'erlaubt', deny: 'gesperrt' },
    serverSetting: 'Servereinstellung ({{value}})',
    nothingGiven:
      'Nichts zu ändern: Gib für {{role}} ein Kontingent, eine Auftragsgrenze oder einen Zugriff an.',
    tooMany: '⚠️ Höchstens {{max}} Rollen können eigene Limits haben. Entferne zuerst eine.',
    jobsZero:
      '⚠️ Eine Rolle braucht mindestens 1 Auftrag gleichzeitig. Wenn ihre Mitglieder keine Videos erstellen sollen, setz den Zugriff auf gesperrt.',
    updated: '✅ {{role}}: {{changes}}',
    cleared: '✅ {{role}} hat keine eigenen Limits mehr.',
    nothingToClear: 'Nichts geändert: {{role}} hatte keine eigenen Limits.',
    log: {
      set: '🛠️ {{mod}} hat die Limits von {{role}} geändert: {{changes}}',
      cleared: '🛠️ {{mod}} hat die Limits von {{role}} entfernt',
    },
  },
  queue: {
    title: 'Laufende Aufträge auf diesem Server',
    empty: 'Auf diesem Server wartet oder rendert gerade kein Auftrag.',
    state: {
      queued: '⏳ **Wartet** (Platz {{position}})',
      submitting: '📤 **Start**',
      rendering: '🎬 **Wird gerendert**',
      delivering: '📦 **Wird hochgeladen**',
      deliveryRetry: '📦 **Neuer Download-Versuch** {{when}} (der Clip ist gerendert)',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · „{{prompt}}“ · {{credits}} · angefragt {{age}}',
    more_one: '…und {{count}} weiterer Auftrag.',
    more_other: '…und {{count}} weitere Aufträge.',
    hint: 'Abbrechen stoppt einen wartenden oder rendernden Auftrag und erstattet dem Mitglied die Credits.',
    cancelButton: '{{n}} abbrechen',
    refresh: 'Aktualisieren',
    cancelled: '✅ Auftrag `{{job}}` von {{user}} abgebrochen; {{credits}} erstattet.',
  },
  history: {
    title: 'Deine Clips auf diesem Server',
    empty: 'Du hast auf diesem Server noch keine Clips. Erstell einen mit /video.',
    entry: '**{{n}}.** {{icon}} „{{prompt}}“ · Seed `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: 'wartet',
      submitting: 'startet',
      rendering: 'wird gerendert',
      delivering: 'wird hochgeladen',
      done: 'fertig',
      failed: 'fehlgeschlagen',
      cancelled: 'abgebrochen',
      deleted: 'gelöscht',
      removed: 'von der Moderation entfernt',
    },
    jump: ' · [zur Nachricht]({{url}})',
    page: 'Seite {{page}} von {{pages}} · neueste zuerst',
    previous: 'Zurück',
    next: 'Weiter',
    repost: '{{n}} neu posten',
    notYours: 'Diese Buttons gehören zu /clips von jemand anderem. Führ /clips aus, um deine zu sehen.',
    notDelivered: 'Dieser Clip wurde nie ausgeliefert, es gibt also nichts neu zu posten.',
    stillThere: 'Dein Clip ist noch da: {{url}}',
    removed: 'Die Moderation hat diesen Clip entfernt, daher wird er nicht erneut gepostet.',
    reposted: '📤 Neu gepostet: {{url}}',
    expired_one:
      'Die Videodatei ist beim Renderer nicht mehr verfügbar (er bewahrt Dateien etwa 7 Tage auf). Mit gleichem Seed und gleichen Einstellungen neu erstellen? Das kostet {{count}} Credit.',
    expired_other:
      'Die Videodatei ist beim Renderer nicht mehr verfügbar (er bewahrt Dateien etwa 7 Tage auf). Mit gleichem Seed und gleichen Einstellungen neu erstellen? Das kostet {{count}} Credits.',
    cannotPost:
      'Ich konnte nicht in {{channel}} posten: Vielleicht fehlen mir dort Rechte. Frag eine Moderatorin oder einen Moderator.',
  },
  help: {
    title: 'clipcast — kurze Videos aus einem Prompt',
    about:
      'clipcast macht aus einem Prompt, auf Wunsch mit Referenzbildern oder einem Video, ein kurzes Video mit Ton. Jeder Clip zeigt seinen Seed; mit seinen Buttons kannst du neu würfeln, ihn mit gleichem Seed noch einmal erstellen, den Prompt bearbeiten oder ihn löschen. Ein Clip kostet Credits, die sich mit der Zeit wieder auffüllen; ein fehlgeschlagener oder abgebrochener Clip wird erstattet.',
    you: 'Du',
    balance: 'Guthaben **{{balance}}** Credits · nächste Auffüllung {{refill}}',
    allowance: 'Kontingent {{allowance}} alle {{hours}} h',
    jobs_one: 'Bis zu {{count}} Auftrag gleichzeitig',
    jobs_other: 'Bis zu {{count}} Aufträge gleichzeitig',
    noRoles: 'Für dich gelten keine Rollenlimits, sondern die Servereinstellungen.',
    blocked: '🚫 Du bist hier für Videos gesperrt.',
    server: 'Dieser Server',
    channels: 'Kanäle: {{channels}}',
    costs: 'Kosten: {{costs}}',
    defaults: 'Standard: {{duration}} s · {{aspectRatio}}',
    cooldown: 'Abklingzeit zwischen zwei Videos eines Mitglieds: {{cooldown}}',
    serverJobs: 'Bis zu {{count}} Aufträge gleichzeitig auf diesem Server',
    commands: 'Befehle',
    cmd: {
      video:
        '`/video prompt:…` — einen Clip erstellen (Seitenverhältnis, Dauer, Seed, bis zu 14 Bilder, ein Video)',
      credits: '`/credits` — dein Guthaben, die nächste Auffüllung und deine letzten Aufträge',
      clips: '`/clips` — deine Clips Seite für Seite, mit Links und „Neu posten“',
      help: '`/help` — diese Übersicht',
      animate:
        '`Apps → Mit clipcast animieren` auf einer Nachricht mit Bildern — macht aus ihren Bildern einen Clip',
      clipcast:
        '`/clipcast …` — für Moderatoren: Credits, Rollen, die Warteschlange und die Servereinstellungen',
    },
  },
  settings: {
    title: 'clipcast-Einstellungen für diesen Server',
    everyChannel: 'alle Kanäle',
    label: {
      allowance: 'Kontingent',
      refillHours: 'Auffüllzeitraum',
      costPerSecond: 'Credits pro Sekunde Video',
      cooldownSeconds: 'Abklingzeit',
      maxJobsPerUser: 'Aufträge pro Mitglied',
      maxJobsPerGuild: 'Aufträge auf diesem Server',
      allowedChannels: 'Erlaubte Kanäle',
      blockedWords: 'Gesperrte Wörter',
      logChannelId: 'Log-Kanal',
      defaultAspectRatio: 'Standard-Seitenverhältnis',
      defaultDuration: 'Standarddauer',
      dailyBudgetUsd: 'Tagesbudget',
      costPreviewAt: 'Kostenvorschau',
    },
    costPreviewValue_one: 'ab {{count}} Credit oder über der Hälfte des Guthabens eines Mitglieds',
    costPreviewValue_other: 'ab {{count}} Credits oder über der Hälfte des Guthabens eines Mitglieds',
  },
  moderation: {
    moderatorOnly: 'Das ist ein Befehl für Moderatoren (er braucht die Berechtigung „Server verwalten“).',
    granted_one: '✅ {{user}} hat **{{count}}** Credit bekommen. Guthaben jetzt **{{balance}}**.',
    granted_other: '✅ {{user}} hat **{{count}}** Credits bekommen. Guthaben jetzt **{{balance}}**.',
    removed_one: '✅ {{user}} wurde **{{count}}** Credit abgezogen. Guthaben jetzt **{{balance}}**.',
    removed_other: '✅ {{user}} wurden **{{count}}** Credits abgezogen. Guthaben jetzt **{{balance}}**.',
    positiveAmount: '⚠️ Gib eine Anzahl Credits über 0 an.',
    nothingToTake: 'Nichts geändert: {{user}} hat keine Credits, die man abziehen könnte.',
    set: '✅ Das Guthaben von {{user}} ist jetzt **{{balance}}**.',
    reset:
      '✅ {{user}} hat wieder das volle Kontingent von **{{balance}}**, mit einem neuen Zeitraum ab jetzt.',
    blocked: '✅ {{user}} kann hier keine Videos mehr erstellen.',
    unblocked: '✅ {{user}} kann wieder Videos erstellen.',
    alreadyBlocked: 'Nichts geändert: {{user}} war schon gesperrt.',
    alreadyUnblocked: 'Nichts geändert: {{user}} war nicht gesperrt.',
    pickChannel: '⚠️ Wähl einen Kanal zum Hinzufügen oder Entfernen.',
    giveWord: '⚠️ Gib das Wort oder die Wortgruppe zum Hinzufügen oder Entfernen an.',
    wordInvisible:
      '⚠️ Dieses Wort hat keine sichtbaren Buchstaben und würde daher nichts sperren. Tipp das Wort selbst ein.',
    nothingGiven: 'Nichts zu ändern: Gib mindestens eine Option an. Aktuelle Einstellungen:',
    nothingChanged: 'Nichts geändert: Das sind schon die aktuellen Einstellungen.',
    balanceUnchanged: 'Nichts geändert: Das ist schon das Guthaben.',
    updated: '✅ Geändert: {{changes}}',
    change: '{{label}}: {{before}} → {{after}}',
    resetConfirm:
      '**Alle** clipcast-Einstellungen dieses Servers auf den Standard zurücksetzen? Dabei wird auch der Log-Kanal ausgeschaltet, und die erlaubten Kanäle und gesperrten Wörter werden geleert.',
    resetButton: 'Alles zurücksetzen',
    cancelButton: 'Einstellungen behalten',
    resetDone: '✅ Alle Einstellungen sind wieder auf Standard.',
    resetKept: 'Nichts geändert.',
    confirmExpired: 'Diese Bestätigung ist abgelaufen. Führ den Befehl noch einmal aus.',
    notYourConfirm: 'Nur wer den Befehl ausgeführt hat, kann das bestätigen.',
    log: {
      granted: '🛠️ {{mod}} hat {{user}} {{credits}} gegeben (Guthaben {{balance}}){{why}}',
      removed: '🛠️ {{mod}} hat {{user}} {{credits}} abgezogen (Guthaben {{balance}}){{why}}',
      set: '🛠️ {{mod}} hat das Guthaben von {{user}} auf {{balance}} gesetzt{{why}}',
      reset: '🛠️ {{mod}} hat die Credits von {{user}} auf {{balance}} zurückgesetzt',
      blocked: '🛠️ {{mod}} hat {{user}} gesperrt{{why}}',
      unblocked: '🛠️ {{mod}} hat {{user}} entsperrt',
      settings: '🛠️ {{mod}} hat Einstellungen geändert: {{changes}}',
      settingsReset:
        '🛠️ {{mod}} hat alle clipcast-Einstellungen auf Standard zurückgesetzt (dieser Log-Kanal ist ab jetzt aus)',
      cancelled: '🛠️ {{mod}} hat Auftrag {{job}} von {{user}} abgebrochen ({{credits}} erstattet)',
      why: ' — „{{reason}}“',
    },
  },
  animate: {
    title: 'Mit clipcast animieren',
    using_one: 'Nutzt das Bild dieser Nachricht als Referenz.',
    using_other: 'Nutzt die {{count}} Bilder dieser Nachricht als Referenzen, in ihrer Reihenfolge.',
    usingFirst: 'Nutzt die ersten {{count}} Bilder dieser Nachricht als Referenzen, in ihrer Reihenfolge.',
    promptLabel: 'Was soll passieren',
    promptPlaceholder: 'z. B. die Katze dreht langsam den Kopf und blinzelt',
    aspectRatioLabel: 'Seitenverhältnis',
    durationLabel: 'Dauer',
    seedLabel: 'Seed (leer oder -1 = zufällig)',
    noImages:
      '🖼️ Diese Nachricht hat keine Bilder zum Animieren (Anhänge oder Bild-Embeds in PNG, JPEG, WebP oder GIF). Wähl eine Nachricht mit Bildern.',
    messageGone:
      '🖼️ Diese Nachricht wurde inzwischen gelöscht, es gibt also nichts zu animieren (dir wurde nichts berechnet).',
    sourceGone:
      '🖼️ Die Bilder der ursprünglichen Nachricht sind auf Discord abgelaufen, und die Nachricht wurde gelöscht – sie sind also weg. Nutz Animieren mit einer anderen Nachricht (dir wurde nichts berechnet).',
    sourceUnreadable:
      '🖼️ Die Bilder der ursprünglichen Nachricht sind auf Discord abgelaufen, und der Bot konnte die Nachricht nicht erneut lesen (vielleicht sieht er den Kanal nicht mehr). Nutz Animieren noch einmal mit der Nachricht (dir wurde nichts berechnet).',
    sourceChanged:
      '🖼️ Die ursprüngliche Nachricht hat die Bilder dieses Clips nicht mehr (sie wurde bearbeitet, oder der Bot sieht ihre Anhänge nicht). Nutz Animieren noch einmal mit ihr (dir wurde nichts berechnet).',
  },
  preview: {
    ask_one:
      '💳 Dieser Clip kostet {{count}} Credit (du hast {{balance}}). Berechnet wird erst, wenn du „Erstellen“ drückst.',
    ask_other:
      '💳 Dieser Clip kostet {{count}} Credits (du hast {{balance}}). Berechnet wird erst, wenn du „Erstellen“ drückst.',
    what: '„{{prompt}}“ · {{duration}} s · {{aspectRatio}}',
    make: 'Erstellen',
    cancel: 'Abbrechen',
    cancelled: '✅ Abgebrochen – dir wurde nichts berechnet.',
    started: '✅ Gestartet: Der Status steht im Kanal.',
    notStarted: 'Nicht gestartet (siehe die Antwort unten). Dir wurde nichts berechnet.',
    expired:
      '⌛ Diese Kostenvorschau ist abgelaufen oder wurde schon beantwortet (dir wurde nichts berechnet). Führ den Befehl noch einmal aus, um den Clip zu erstellen.',
    notYours: 'Nur das Mitglied, das den Clip angefragt hat, kann ihn bestätigen.',
  },
  access: {
    unlisted:
      '🚫 clipcast ist auf diesem Server nicht verfügbar: Der Betreiber bietet es nur für bestimmte Server an. Dir wurde nichts berechnet.',
  },
  money: {
    usedUp: {
      server:
        '💸 Das Video-Budget dieses Servers für heute ist aufgebraucht; es wird {{when}} zurückgesetzt. Dir wurde nichts berechnet.',
      bot: '💸 Das Video-Budget des Bots für heute ist aufgebraucht; es wird {{when}} zurückgesetzt. Dir wurde nichts berechnet.',
    },
    tooLittle: {
      server:
        '💸 Vom Video-Budget dieses Servers sind heute noch {{left}} übrig, nicht genug für dieses Video (etwa {{need}}). Ein kürzeres Video kostet weniger; das Budget wird {{when}} zurückgesetzt. Dir wurde nichts berechnet.',
      bot: '💸 Vom Video-Budget des Bots sind heute noch {{left}} übrig, nicht genug für dieses Video (etwa {{need}}). Ein kürzeres Video kostet weniger; das Budget wird {{when}} zurückgesetzt. Dir wurde nichts berechnet.',
    },
    budgetValue: '{{usd}} pro Tag (UTC)',
    noBudget: 'keine Obergrenze',
    giveBudget:
      '⚠️ Gib das Tagesbudget in US-Dollar an (`usd`) oder `entfernen: True`, um die Obergrenze aufzuheben.',
    stats: {
      title: 'clipcast-Ausgaben auf diesem Server',
      today: 'Heute (UTC)',
      period: 'Letzte {{days}} Tage',
      total_one: '**{{count}}** Clip · {{credits}} · {{usd}}',
      total_other: '**{{count}}** Clips · {{credits}} · {{usd}}',
      member_one: '{{user}} — {{count}} Clip · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} Clips · {{credits}} · {{usd}}',
      topToday: 'Top-Mitglieder heute',
      topPeriod: 'Top-Mitglieder, letzte {{days}} Tage',
      nobody: 'Keine Clips geliefert.',
      budget: 'Server-Budget heute',
      budgetLimited:
        '{{spent}} ausgegeben · {{held}} reserviert · {{left}} von {{limit}} übrig · Zurücksetzung {{when}}',
      budgetOpen:
        '{{spent}} ausgegeben · {{held}} reserviert · keine Tagesobergrenze (`/clipcast einstellungen budget`)',
      footer:
        'Clips und Credits zählen gelieferte Videos (fehlgeschlagene werden erstattet). Dollar sind, was Segmind berechnet hat: die gemeldeten Kosten oder, wo keine gemeldet wurden, die Schätzung ({{price}} pro Sekunde Video).',
    },
    export: {
      done_one: '📄 Das Protokoll dieses Servers vom {{from}} bis {{to}} (UTC-Tage): {{count}} Eintrag.',
      done_other: '📄 Das Protokoll dieses Servers vom {{from}} bis {{to}} (UTC-Tage): {{count}} Einträge.',
      truncated:
        'Ältere Einträge passten nicht in eine Datei innerhalb des Upload-Limits dieses Servers, deshalb beginnt sie am {{from}}.',
      empty_one: 'Auf diesem Server wurde seit {{count}} Tag nichts erfasst.',
      empty_other: 'Auf diesem Server wurde seit {{count}} Tagen nichts erfasst.',
    },
  },
  commands: {
    animate: { name: 'Mit clipcast animieren' },
    video: {
      name: 'video',
      description: 'Mach aus einem Prompt (plus Referenzbildern oder -video) ein kurzes Video mit Ton',
      prompt: { name: 'prompt', description: 'Was im Video passieren soll (bis zu 2000 Zeichen)' },
      aspect_ratio: {
        name: 'seitenverhältnis',
        description: 'Quer- oder Hochformat (Standard: Servereinstellung, sonst 16:9)',
        choices: { '16:9': '16:9 Querformat', '9:16': '9:16 Hochformat' },
      },
      duration: {
        name: 'dauer',
        description: 'Länge in Sekunden (Standard: Servereinstellung, sonst 5)',
        choices: { '3': '3 Sekunden', '5': '5 Sekunden', '10': '10 Sekunden' },
      },
      seed: { name: 'seed', description: 'Seed für ein reproduzierbares Ergebnis (-1 oder leer = zufällig)' },
      image: { description: 'Referenzbild {{n}} (PNG, JPEG, WebP oder GIF)' },
      video: { name: 'video', description: 'Referenzvideo (MP4, WebM oder MOV) — Beta' },
    },
    credits: {
      name: 'credits',
      description:
        'Deine Video-Credits: Guthaben, nächste Auffüllung, Kosten, letzte Aufträge (nur für dich)',
    },
    clips: {
      name: 'clips',
      description:
        'Deine letzten Clips auf diesem Server: Prompt, Seed, Kosten, Links, Neu posten (nur für dich)',
    },
    help: {
      name: 'help',
      description:
        'Was clipcast kann, deine Credits und Limits und die Einstellungen dieses Servers (nur für dich)',
    },
    clipcast: {
      name: 'clipcast',
      description:
        'Moderationswerkzeuge für clipcast: Credits, Rollen, Sperren, Warteschlange, Servereinstellungen',
      queue: {
        name: 'warteschlange',
        description: 'Wartende oder rendernde Aufträge auf diesem Server, mit Abbrechen (erstattet, geloggt)',
      },
      role: {
        name: 'rolle',
        description: 'Kontingente, Auftragsgrenzen und Zugriff (erlauben / sperren) pro Rolle',
        set: {
          name: 'setzen',
          description:
            'Kontingent, Auftragsgrenze oder Zugriff einer Rolle setzen (es gilt die großzügigste Rolle)',
          role: { name: 'rolle', description: 'Die Rolle (@everyone gilt für alle Mitglieder)' },
          allowance: {
            name: 'kontingent',
            description: 'Credits pro Auffüllzeitraum (-1 = Kontingent des Servers)',
          },
          jobs: {
            name: 'aufträge',
            description: 'Unfertige Aufträge gleichzeitig (-1 = Grenze des Servers)',
          },
          access: {
            name: 'zugriff',
            description: 'Wer den Bot benutzen darf',
            choices: {
              default: 'wie alle anderen',
              allow: 'erlaubt (sobald eine Rolle erlaubt ist, dürfen nur erlaubte Rollen den Bot nutzen)',
              deny: 'gesperrt (geht allen anderen Rollen vor)',
            },
          },
        },
        clear: {
          name: 'entfernen',
          description: 'Die Limits einer Rolle entfernen (ihre Mitglieder bekommen die Servereinstellungen)',
          role: { name: 'rolle', description: 'Die Rolle' },
        },
        show: { name: 'anzeigen', description: 'Alle Rollen mit eigenen Limits' },
      },
      credits: {
        name: 'credits',
        description: 'Credits eines Mitglieds ansehen oder ändern',
        show: {
          name: 'anzeigen',
          description: 'Guthaben, Reservierungen und letzte Aufträge eines Mitglieds',
          user: { name: 'mitglied', description: 'Wessen Credits' },
        },
        grant: {
          name: 'geben',
          description: 'Einem Mitglied Credits geben',
          user: { name: 'mitglied', description: 'Wer sie bekommt' },
          amount: { name: 'anzahl', description: 'Wie viele Credits dazukommen' },
          reason: { name: 'grund', description: 'Warum (erscheint im Log-Kanal)' },
        },
        take: {
          name: 'abziehen',
          description: 'Einem Mitglied Credits abziehen',
          user: { name: 'mitglied', description: 'Von wem' },
          amount: { name: 'anzahl', description: 'Wie viele Credits abgezogen werden (nie unter null)' },
          reason: { name: 'grund', description: 'Warum (erscheint im Log-Kanal)' },
        },
        set: {
          name: 'setzen',
          description: 'Das Guthaben eines Mitglieds auf eine genaue Zahl setzen',
          user: { name: 'mitglied', description: 'Wessen Guthaben' },
          amount: { name: 'anzahl', description: 'Das neue Guthaben' },
          reason: { name: 'grund', description: 'Warum (erscheint im Log-Kanal)' },
        },
        reset: {
          name: 'zurücksetzen',
          description: 'Zurück auf das volle Kontingent, mit einem neuen Zeitraum ab jetzt',
          user: { name: 'mitglied', description: 'Wessen Credits' },
        },
      },
      user: {
        name: 'mitglied',
        description: 'Ein Mitglied für Videos sperren oder entsperren',
        block: {
          name: 'sperren',
          description: 'Ein Mitglied daran hindern, Videos zu erstellen',
          user: { name: 'mitglied', description: 'Wen du sperren willst' },
          reason: { name: 'grund', description: 'Warum (erscheint im Log-Kanal)' },
        },
        unblock: {
          name: 'entsperren',
          description: 'Ein gesperrtes Mitglied wieder Videos erstellen lassen',
          user: { name: 'mitglied', description: 'Wen du entsperren willst' },
        },
      },
      settings: {
        name: 'einstellungen',
        description: 'Servereinstellungen',
        show: { name: 'anzeigen', description: 'Alle Einstellungen dieses Servers anzeigen' },
        credits: {
          name: 'credits',
          description: 'Kontingent, Auffüllzeitraum und Kosten',
          allowance: {
            name: 'kontingent',
            description: 'Credits, die jedes Mitglied pro Zeitraum bekommt (Standard 30)',
          },
          refill_hours: {
            name: 'zeitraum_stunden',
            description: 'Länge des Zeitraums in Stunden (Standard 24)',
          },
          cost_per_second: {
            name: 'kosten_pro_sekunde',
            description: 'Credits pro Sekunde Video (Standard 1)',
          },
        },
        limits: {
          name: 'limits',
          description: 'Abklingzeit und Obergrenzen für gleichzeitige Aufträge',
          cooldown_seconds: {
            name: 'abklingzeit_sekunden',
            description: 'Sekunden zwischen zwei Videos eines Mitglieds (Standard 0)',
          },
          user_jobs: {
            name: 'aufträge_pro_mitglied',
            description: 'Unfertige Aufträge pro Mitglied (Standard 2)',
          },
          server_jobs: {
            name: 'aufträge_pro_server',
            description: 'Unfertige Aufträge auf diesem Server (Standard 10)',
          },
        },
        channels: {
          name: 'kanäle',
          description: 'Wo /video benutzt werden darf (keine Angabe = überall)',
          action: {
            name: 'aktion',
            description: 'Hinzufügen, entfernen oder leeren',
            choices: { add: 'Kanal erlauben', remove: 'Kanal entfernen', clear: 'alle Kanäle erlauben' },
          },
          channel: { name: 'kanal', description: 'Der Kanal' },
        },
        words: {
          name: 'wörter',
          description:
            'Gesperrte Wörter und Wortgruppen (ganze Wörter, Groß-/Kleinschreibung und Akzente egal)',
          action: {
            name: 'aktion',
            description: 'Hinzufügen, entfernen oder leeren',
            choices: { add: 'Wort sperren', remove: 'Wort freigeben', clear: 'Liste leeren' },
          },
          word: { name: 'wort', description: 'Das Wort oder die Wortgruppe' },
        },
        'log-channel': {
          name: 'log-kanal',
          description: 'Wohin Auftrags- und Moderationslogs gehen (leer lassen zum Ausschalten)',
          channel: { name: 'kanal', description: 'Der Log-Kanal' },
        },
        defaults: {
          name: 'standards',
          description: 'Standard-Seitenverhältnis und -Dauer für /video',
          aspect_ratio: {
            name: 'seitenverhältnis',
            description: 'Standard-Seitenverhältnis',
            choices: { '16:9': '16:9 Querformat', '9:16': '9:16 Hochformat' },
          },
          duration: {
            name: 'dauer',
            description: 'Standarddauer',
            choices: { '3': '3 Sekunden', '5': '5 Sekunden', '10': '10 Sekunden' },
          },
        },
        reset: { name: 'zurücksetzen', description: 'Alle Einstellungen zurück auf Standard' },
        'cost-preview': {
          name: 'kostenvorschau',
          description: 'Mitglieder teure Clips bestätigen lassen, bevor etwas berechnet wird',
          credits: {
            name: 'credits',
            description: 'Fragen ab so vielen Credits oder über dem halben Guthaben (0 = aus)',
          },
        },
        budget: {
          name: 'budget',
          description: 'Tägliche Ausgabenobergrenze dieses Servers in US-Dollar (UTC-Tage)',
          usd: { name: 'usd', description: 'Dollar pro Tag (ein Clip kostet etwa 0,10 $ pro Sekunde Video)' },
          clear: { name: 'entfernen', description: 'Obergrenze aufheben' },
        },
      },
      stats: {
        name: 'statistik',
        description: 'Ausgaben heute und in den letzten 30 Tagen: der Server und seine Top-Mitglieder',
      },
      export: {
        name: 'export',
        description: 'Das Credit-Protokoll dieses Servers als CSV-Datei',
        days: { name: 'tage', description: 'Wie viele Tage zurück (Standard und Maximum: 90)' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **Betreiber-Hinweis** — Segmind lehnt die Anfragen des Bots ab: Prüf SEGMIND_API_KEY, das Modell und das Konto unter https://cloud.segmind.com. Neue Videos werden (kostenlos) abgelehnt, bis es wieder klappt; der Bot versucht es alle paar Minuten erneut.',
    credits:
      '💸 **Betreiber-Hinweis** — das Segmind-Konto hat kein Guthaben mehr: Lade es unter https://cloud.segmind.com auf. Bis dahin werden neue Videos (kostenlos) abgelehnt; der Bot versucht es alle paar Minuten erneut.',
    model_unavailable:
      '🛠️ **Betreiber-Hinweis** — Segmind bietet das Modell `{{model}}` nicht mehr an (eingestellt oder unbekannt). Setz SEGMIND_MODEL auf ein verfügbares Modell und starte den Bot neu. Bis dahin werden neue Videos (kostenlos) abgelehnt; der Bot fragt alle paar Minuten erneut.',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next placeholder after a dollar sign
      '💰 **Betreiber-Hinweis** — das Segmind-Guthaben liegt bei ${{balance}}, unter SEGMIND_LOW_BALANCE_USD (${{threshold}}). Lade es unter https://cloud.segmind.com auf, bevor Renderings fehlschlagen.',
  },
  log: {
    job: '🎬 {{user}} · „{{prompt}}“{{refs}} · Seed {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ geliefert',
    deliveredLink: '✅ als Link geliefert',
    failed: '❌ {{reason}} (erstattet)',
    reason: {
      render_failed: 'Rendern fehlgeschlagen',
      content_blocked: 'vom Inhaltsfilter abgelehnt',
      submit_rejected: 'Anfrage abgelehnt',
      uncertain_submit: 'beim Senden unterbrochen',
      expired: 'beim Anbieter abgelaufen',
      timeout: 'Zeit überschritten',
      delivery: 'nicht geliefert',
      result_unreadable: 'Ergebnis unlesbar',
      cancelled: 'abgebrochen',
      misconfigured: 'Dienst falsch eingerichtet',
      model_unavailable: 'Modell nicht verfügbar',
      provider_down: 'Dienst gestört',
      damaged: 'gespeicherter Zustand beschädigt',
      internal: 'interner Fehler',
    },
  },
} as const;
