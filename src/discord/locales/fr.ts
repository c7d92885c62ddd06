/**
 * French. Same keys and {{placeholders}} as `en.ts` (test/discord/locales.test.ts checks it);
 * "tu" and Discord's own words ("salon" for a channel).
 */
export const fr = {
  common: {
    serversOnly: 'clipcast ne fonctionne que sur les serveurs.',
    commandGone: 'Cette commande n’est plus disponible.',
    internalError:
      'Un problème est survenu de notre côté (réf. `{{ref}}`). Rien n’a été débité ; réessaie, s’il te plaît.',
    busy: 'Le bot est très occupé en ce moment. Réessaie dans un instant (rien n’a été débité).',
    storageDown:
      'Le stockage du bot est momentanément indisponible. Réessaie dans une minute (rien n’a été débité).',
    badCustomId:
      'Ce bouton ou ce formulaire n’est pas reconnu. Il vient peut-être d’une ancienne version du bot.',
    formExpired: 'Ce formulaire a expiré. Appuie de nouveau sur le bouton pour en obtenir un nouveau.',
    credits_one: '{{count}} crédit',
    credits_many: '{{count}} crédits',
    credits_other: '{{count}} crédits',
    seconds: '{{count}} s',
    hours: '{{count}} h',
    none: 'aucun',
    off: 'désactivé',
    listSeparator: ', ',
    quoted: '« {{text}} »',
    twoSentences: '{{a}} {{b}}',
    fullStop: '.',
  },
  video: {
    invalid: {
      promptMissing: 'Le prompt est manquant.',
      promptEmpty: 'Le prompt est vide. Décris ce qui doit se passer dans la vidéo.',
      promptTooLong: 'Le prompt est trop long : reste sous les {{max}} caractères.',
      promptInvisible:
        'Le prompt ne contient aucun texte visible. Décris ce qui doit se passer dans la vidéo.',
      promptControl: 'Le prompt contient des caractères de contrôle invisibles. Retape-le sans eux.',
      aspectRatio: 'Le format doit être {{choices}}.',
      duration: 'La durée doit être de {{choices}} secondes.',
      seed: 'La seed doit être un nombre entier entre -1 et {{max}}.',
      tooManyImages: 'Au maximum {{max}} images de référence sont autorisées.',
      notImage: '{{label}} doit être une image (PNG, JPEG, WebP ou GIF) ; « {{name}} » n’en est pas une.',
      notVideo: '{{label}} doit être une vidéo (MP4, WebM ou MOV) ; « {{name}} » n’en est pas une.',
      declaredOther: '{{label}} doit être {{expected}} ; « {{name}} » est de type {{declared}}.',
      empty: '{{label}} (« {{name}} ») est vide.',
      tooLarge: '{{label}} est trop volumineuse ({{size}}) ; la limite est de {{max}}.',
      noLink: '{{label}} n’a pas de lien utilisable. Envoie-la de nouveau.',
      imageLabel: 'L’image de référence {{n}}',
      videoLabel: 'La vidéo de référence',
      anImage: 'une image (PNG, JPEG, WebP ou GIF)',
      aVideo: 'une vidéo (MP4, WebM ou MOV)',
    },
    refused: {
      channel: '🚫 /video n’est pas activé dans ce salon. Essaie dans {{channels}}.',
      blockedWord:
        '🚫 Ton prompt contient « {{word}} », ce que ce serveur n’autorise pas. Reformule-le et réessaie (rien n’a été débité).',
      blocked:
        '🚫 Tu ne peux pas créer de vidéos sur ce serveur. Demande à un modérateur si tu penses que c’est une erreur.',
      cooldown: '⏱️ Temps de recharge : tu pourras lancer ta prochaine vidéo {{when}}.',
      userJobs_one:
        '⏳ Tu as déjà {{count}} vidéo en cours (la limite ici). Réessaie quand elle sera terminée.',
      userJobs_many:
        '⏳ Tu as déjà {{count}} vidéos en cours (la limite ici). Réessaie quand l’une d’elles sera terminée.',
      userJobs_other:
        '⏳ Tu as déjà {{count}} vidéos en cours (la limite ici). Réessaie quand l’une d’elles sera terminée.',
      guildJobs: '⏳ Ce serveur a déjà {{count}} vidéos en cours (sa limite). Réessaie dans une minute.',
      balance_one:
        '💳 Cette vidéo coûte **{{count}}** crédit et tu en as **{{balance}}**. Tes crédits se rechargent {{when}} ; une durée plus courte coûte moins cher.',
      balance_many:
        '💳 Cette vidéo coûte **{{count}}** crédits et tu en as **{{balance}}**. Tes crédits se rechargent {{when}} ; une durée plus courte coûte moins cher.',
      balance_other:
        '💳 Cette vidéo coûte **{{count}}** crédits et tu en as **{{balance}}**. Tes crédits se rechargent {{when}} ; une durée plus courte coûte moins cher.',
      misconfigured:
        '🛠️ Le service vidéo est mal configuré en ce moment ; une alerte a été envoyée {{told}}. Rien n’a été débité.',
      providerDown: '🌧️ Le service vidéo est en panne en ce moment. Réessaie {{when}} (rien n’a été débité).',
      modelUnavailable:
        '🛠️ La création de vidéos est indisponible pour le moment : le modèle vidéo n’est pas disponible chez le fournisseur ; une alerte a été envoyée {{told}}. Rien n’a été débité.',
      referencesExpired_one:
        '🖼️ Un fichier de référence de la tâche d’origine n’est plus disponible sur Discord (les fichiers envoyés avec une commande expirent). Relance /video avec les fichiers en pièce jointe.',
      referencesExpired_many:
        '🖼️ {{count}} fichiers de référence de la tâche d’origine ne sont plus disponibles sur Discord (les fichiers envoyés avec une commande expirent). Relance /video avec les fichiers en pièce jointe.',
      notAnImage:
        '🖼️ L’image de référence {{n}} n’est pas vraiment une image (ses premiers octets disent le contraire). Joins un fichier PNG, JPEG, WebP ou GIF (rien n’a été débité).',
      notAVideo:
        '🎞️ La vidéo de référence n’est pas vraiment une vidéo (ses premiers octets disent le contraire). Joins un fichier MP4, WebM ou MOV (rien n’a été débité).',
      notDiscord: '🖼️ Les fichiers de référence doivent être envoyés sur Discord (rien n’a été débité).',
      referencesExpired_other:
        '🖼️ {{count}} fichiers de référence de la tâche d’origine ne sont plus disponibles sur Discord (les fichiers envoyés avec une commande expirent). Relance /video avec les fichiers en pièce jointe.',
    },
    told: {
      logChannel: 'dans le salon de logs de ce serveur',
      owner: 'au propriétaire du bot',
    },
    started: '✅ Ta vidéo est en route : {{link}}',
    missingPermissions:
      '⚠️ Attention : il me manque Voir le salon, Envoyer des messages, Intégrer des liens ou Joindre des fichiers dans ce salon. Ta vidéo est en route, mais si elle prend plus de 15 minutes, je ne pourrai pas la publier ici (tu serais remboursé). Un modérateur peut corriger mes permissions.',
  },
  status: {
    accepted: '⏳ **Acceptée** — mise en file d’attente…',
    settings: '{{duration}} s · {{aspectRatio}} · seed {{seed}}',
    references_one: '{{count}} référence',
    references_many: '{{count}} références',
    references_other: '{{count}} références',
    origin: {
      command: 'Suite de la tâche {{parent}}',
      reroll: 'Nouveau tirage de la tâche {{parent}}',
      same_seed: 'Tâche {{parent}} relancée avec la même seed',
      edit: 'Version modifiée de la tâche {{parent}}',
      animate: 'Animation d’un message',
    },
    queued:
      '⏳ **En file d’attente** — position **{{position}}**. Tu peux annuler tant qu’elle n’a pas démarré.',
    submitting: '📤 **Démarrage** — envoi de ta demande au moteur de rendu…',
    rendering:
      '🎬 **Rendu en cours** {{bar}} {{percent}} % · {{elapsed}} écoulé (en général environ {{expected}} s, prêt {{eta}})',
    delivering: '📦 **Envoi** de ton clip…',
    renderingLate:
      '🎬 **Rendu en cours** {{bar}} {{percent}} % · {{elapsed}} écoulé — plus long que d’habitude (environ {{expected}} s en général) ; le clip sera publié ici dès qu’il sera prêt.',
    deliveryRetry:
      '✅ **Ton clip est prêt** — il a été rendu, mais son téléchargement a échoué pour l’instant. Nouvel essai {{when}} ; rien n’est perdu.',
  },
  result: {
    title: '🎞️ Ton clip est prêt',
    ready: '{{user}} ton clip est prêt.',
    link: 'La vidéo dépasse la limite d’envoi de ce serveur, alors voici un lien (valable environ 7 jours) : {{link}}',
    ping: '{{user}} ton clip est prêt : {{url}}',
    seed: 'Seed',
    duration: 'Durée',
    aspectRatio: 'Format',
    cost: 'Coût',
    requestedBy: 'Demandé par',
    references: 'Références',
    footer: 'tâche {{id}}',
    footerFrom: 'tâche {{id}} · issue de {{parent}}',
  },
  failure: {
    cancelled: '❌ **Annulée**',
    failed: '❌ **Échec** — {{reason}}',
    refunded_one: 'Ton {{count}} crédit a été remboursé.',
    refunded_many: 'Tes {{count}} crédits ont été remboursés.',
    refunded_other: 'Tes {{count}} crédits ont été remboursés.',
    providerSaid: 'Le fournisseur indique : « {{reason}} »',
    advice: {
      safety:
        'Astuces qui aident souvent : dis ce que tu veux plutôt que ce que tu ne veux pas (les tournures en « pas de »/« ne … pas » se retournent souvent contre toi), fais court (environ 50 mots), commence par la caméra et le plan (« un seul plan continu, lent travelling avant ») et précise à quoi sert chaque image de référence (« utilise l’image 1 pour le personnage »). Appuie sur **Modifier** pour reformuler et réessayer.',
      referenceVideo:
        'Les vidéos de référence envoyées sont refusées bien plus souvent que les prompts seuls : réessaie sans la vidéo, ou décris le mouvement avec des mots. Appuie sur **Modifier** pour réessayer.',
      referenceImage:
        'Le moteur de rendu n’a pas pu utiliser l’une des images de référence : vérifie que ce sont des images PNG, JPEG ou WebP ordinaires et toujours disponibles, ou appuie sur **Modifier** pour réessayer sans les changer.',
    },
    code: {
      render_failed: 'Le moteur de rendu n’a pas pu créer cette vidéo.',
      content_blocked: 'Le filtre de contenu du moteur de rendu a refusé cette demande.',
      submit_rejected: 'Le moteur de rendu n’a pas accepté la demande. Réessaie dans un instant.',
      uncertain_submit:
        'Le bot a redémarré pendant l’envoi de ta demande et ne sait pas si le moteur de rendu l’a reçue : il s’est donc arrêté là plutôt que de risquer de te débiter deux fois.',
      expired: 'Le moteur de rendu n’a plus cette demande (elle a expiré).',
      timeout: 'Le rendu a pris beaucoup plus de temps que d’habitude, alors le bot a cessé d’attendre.',
      delivery: 'La vidéo a été générée, mais n’a pas pu être téléchargée ni publiée ici.',
      result_unreadable:
        'La vidéo a été générée, mais la réponse du moteur de rendu n’a pas pu être lue à temps ; le propriétaire du bot peut encore la récupérer.',
      cancelled: 'Annulée.',
      misconfigured: 'Le service vidéo est mal configuré en ce moment ; une alerte a été envoyée {{told}}.',
      model_unavailable:
        'La création de vidéos est indisponible pour le moment (le modèle vidéo n’est pas disponible chez le fournisseur) ; une alerte a été envoyée {{told}}.',
      provider_down: 'Le service vidéo est en panne en ce moment. Réessaie dans quelques minutes.',
      damaged: 'L’état enregistré de cette tâche était endommagé, alors le bot l’a arrêtée.',
      internal: 'Un problème est survenu de notre côté.',
    },
  },
  buttons: {
    reroll: 'Relancer',
    same: 'Même seed',
    edit: 'Modifier',
    delete: 'Supprimer',
    cancel: 'Annuler',
    editTitle: 'Modifier et relancer',
    promptLabel: 'Prompt',
    seedLabel: 'Seed (vide ou -1 = aléatoire)',
  },
  clip: {
    unknownJob: 'Cette tâche n’existe plus.',
    otherGuild: 'Ce bouton appartient à une tâche d’un autre serveur.',
    notYourDelete: 'Seul l’auteur de la demande ou un modérateur peut supprimer ceci.',
    notYourCancel: 'Seul l’auteur de la demande ou un modérateur peut annuler cette tâche.',
    deleted: '🗑️ Supprimé.',
    cancelled: '✅ Annulée. Remboursement : {{credits}}.',
    notCancellable: 'Cette tâche est déjà en cours d’envoi ou de livraison : elle ne peut plus être annulée.',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} « {{prompt}} » · seed {{seed}} · {{credits}}',
    title: 'Crédits — {{who}}',
    balance: 'Solde',
    blocked: '(bloqué)',
    reserved: 'Réservés',
    reservedValue: '{{count}} (en cours)',
    allowance: 'Quota',
    allowanceValue: '{{allowance}} toutes les {{hours}} h',
    nextRefill: 'Prochaine recharge',
    costs: 'Coût par vidéo',
    recent: 'Tâches récentes',
    noJobs: 'Pas encore de vidéo.',
  },
  roles: {
    refused: {
      denied:
        '🚫 Tes rôles ne te permettent pas de créer des vidéos sur ce serveur. Demande à un modérateur si tu penses que c’est une erreur.',
      required:
        '🚫 Tes rôles ne te permettent pas de créer des vidéos ici : seuls les membres avec {{roles}} le peuvent. Demande à un modérateur si tu penses que tu devrais en avoir un.',
    },
    field: 'Tes rôles',
    allowanceFrom: 'Quota de **{{allowance}}** grâce à {{role}}',
    jobsFrom_one: 'Jusqu’à **{{count}}** tâche à la fois grâce à {{role}}',
    jobsFrom_many: 'Jusqu’à **{{count}}** tâches à la fois grâce à {{role}}',
    jobsFrom_other: 'Jusqu’à **{{count}}** tâches à la fois grâce à {{role}}',
    deniedBy: '🚫 {{role}} n’a pas le droit de créer des vidéos ici',
    notAllowed: '🚫 Seuls {{roles}} peuvent créer des vidéos ici, et tu n’as aucun de ces rôles',
    title: 'Limites par rôle sur ce serveur',
    none: 'Aucun rôle n’a ses propres limites : tous les membres suivent les réglages du serveur.',
    allowOnly:
      'Seuls les membres ayant un rôle **autorisé** (et les modérateurs) peuvent créer des vidéos. Un membre qui a plusieurs rôles obtient le plus généreux ; un rôle refusé l’emporte sur tout.',
    mostGenerous:
      'Un membre qui a plusieurs rôles obtient le plus généreux (quota le plus élevé, plus de tâches à la fois) ; un rôle refusé l’emporte sur tout.',
    line: '{{role}} — {{parts}}',
    label: { allowance: 'Quota', maxJobs: 'Tâches à la fois', access: 'Accès' },
    access: { default: 'comme tout le monde', allow: 'autorisé', deny: 'refusé' },
    serverSetting: 'réglage du serveur ({{value}})',
    nothingGiven: 'Rien à changer : indique un quota, un plafond de tâches ou un accès pour {{role}}.',
    tooMany: '⚠️ Au maximum {{max}} rôles peuvent avoir leurs propres limites. Retires-en un d’abord.',
    jobsZero:
      '⚠️ Un rôle doit permettre au moins 1 tâche à la fois. Pour empêcher ses membres de créer des vidéos, mets l’accès sur refusé.',
    updated: '✅ {{role}} : {{changes}}',
    cleared: '✅ {{role}} n’a plus de limites propres.',
    nothingToClear: 'Rien n’a changé : {{role}} n’avait pas de limites propres.',
    log: {
      set: '🛠️ {{mod}} a modifié les limites de {{role}} : {{changes}}',
      cleared: '🛠️ {{mod}} a retiré les limites de {{role}}',
    },
  },
  queue: {
    title: 'Tâches en cours sur ce serveur',
    empty: 'Aucune tâche n’est en attente ou en rendu sur ce serveur pour le moment.',
    state: {
      queued: '⏳ **En attente** (n° {{position}} dans la file)',
      submitting: '📤 **Démarrage**',
      rendering: '🎬 **Rendu en cours**',
      delivering: '📦 **Envoi**',
      deliveryRetry: '📦 **Nouvel essai de téléchargement** {{when}} (le clip est rendu)',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · « {{prompt}} » · {{credits}} · demandée {{age}}',
    more_one: '…et {{count}} autre tâche.',
    more_many: '…et {{count}} autres tâches.',
    more_other: '…et {{count}} autres tâches.',
    hint: 'Annuler arrête une tâche en attente ou en rendu et rembourse le membre.',
    cancelButton: 'Annuler {{n}}',
    refresh: 'Actualiser',
    cancelled: '✅ Tâche `{{job}}` de {{user}} annulée ; remboursement : {{credits}}.',
  },
  history: {
    title: 'Tes clips sur ce serveur',
    empty: 'Tu n’as encore aucun clip sur ce serveur. Crées-en un avec /video.',
    entry: '**{{n}}.** {{icon}} « {{prompt}} » · seed `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: 'en attente',
      submitting: 'démarrage',
      rendering: 'rendu en cours',
      delivering: 'envoi en cours',
      done: 'terminé',
      failed: 'échec',
      cancelled: 'annulé',
      deleted: 'supprimé',
      removed: 'retiré par la modération',
    },
    jump: ' · [voir]({{url}})',
    page: 'Page {{page}} sur {{pages}} · les plus récents d’abord',
    previous: 'Précédent',
    next: 'Suivant',
    repost: 'Republier {{n}}',
    notYours: 'Ces boutons appartiennent au /clips de quelqu’un d’autre. Lance /clips pour voir les tiens.',
    notDelivered: 'Ce clip n’a jamais été livré : il n’y a rien à republier.',
    stillThere: 'Ton clip est toujours là : {{url}}',
    removed: 'La modération a retiré ce clip : il n’est donc pas republié.',
    reposted: '📤 Republié : {{url}}',
    expired_one:
      'Le fichier vidéo n’est plus disponible chez le moteur de rendu (il garde les fichiers environ 7 jours). Le refaire avec la même seed et les mêmes réglages ? Ça coûte {{count}} crédit.',
    expired_many:
      'Le fichier vidéo n’est plus disponible chez le moteur de rendu (il garde les fichiers environ 7 jours). Le refaire avec la même seed et les mêmes réglages ? Ça coûte {{count}} crédits.',
    expired_other:
      'Le fichier vidéo n’est plus disponible chez le moteur de rendu (il garde les fichiers environ 7 jours). Le refaire avec la même seed et les mêmes réglages ? Ça coûte {{count}} crédits.',
    cannotPost:
      'Je n’ai pas pu publier dans {{channel}} : il me manque peut-être des permissions. Demande à un modérateur.',
  },
  help: {
    title: 'clipcast — de courtes vidéos à partir d’un prompt',
    about:
      'clipcast transforme un prompt, avec si tu veux des images ou une vidéo de référence, en courte vidéo avec son. Chaque clip affiche sa seed ; ses boutons permettent de le relancer, de le refaire avec la même seed, de modifier le prompt ou de le supprimer. Un clip coûte des crédits, qui se rechargent avec le temps ; un clip échoué ou annulé est remboursé.',
    you: 'Toi',
    balance: 'Solde : **{{balance}}** crédits · prochaine recharge {{refill}}',
    allowance: 'Quota de {{allowance}} toutes les {{hours}} h',
    jobs_one: 'Jusqu’à {{count}} tâche à la fois',
    jobs_many: 'Jusqu’à {{count}} tâches à la fois',
    jobs_other: 'Jusqu’à {{count}} tâches à la fois',
    noRoles: 'Aucune limite de rôle ne s’applique à toi : ce sont les réglages du serveur qui comptent.',
    blocked: '🚫 Tu ne peux pas créer de vidéos ici.',
    server: 'Ce serveur',
    channels: 'Salons : {{channels}}',
    costs: 'Coût : {{costs}}',
    defaults: 'Par défaut : {{duration}} s · {{aspectRatio}}',
    cooldown: 'Temps de recharge entre deux vidéos d’un membre : {{cooldown}}',
    serverJobs: 'Jusqu’à {{count}} tâches à la fois sur ce serveur',
    commands: 'Commandes',
    cmd: {
      video: '`/video prompt:…` — créer un clip (format, durée, seed, jusqu’à 14 images, une vidéo)',
      credits: '`/credits` — ton solde, la prochaine recharge et tes tâches récentes',
      clips: '`/clips` — tes clips page par page, avec liens et Republier',
      help: '`/help` — cet aperçu',
      animate: '`Applications → Animer avec clipcast` sur un message avec des images — en fait un clip',
      clipcast: '`/clipcast …` — modérateurs : crédits, rôles, file d’attente et réglages du serveur',
    },
  },
  settings: {
    title: 'Réglages de clipcast pour ce serveur',
    everyChannel: 'tous les salons',
    label: {
      allowance: 'Quota',
      refillHours: 'Période de recharge',
      costPerSecond: 'Crédits par seconde de vidéo',
      cooldownSeconds: 'Temps de recharge',
      maxJobsPerUser: 'Tâches par membre',
      maxJobsPerGuild: 'Tâches sur ce serveur',
      allowedChannels: 'Salons autorisés',
      blockedWords: 'Mots bloqués',
      logChannelId: 'Salon de logs',
      defaultAspectRatio: 'Format par défaut',
      defaultDuration: 'Durée par défaut',
      dailyBudgetUsd: 'Budget quotidien',
      costPreviewAt: 'Aperçu du coût',
    },
    costPreviewValue_one: 'à partir de {{count}} crédit, ou plus de la moitié du solde d’un membre',
    costPreviewValue_many: 'à partir de {{count}} crédits, ou plus de la moitié du solde d’un membre',
    costPreviewValue_other: 'à partir de {{count}} crédits, ou plus de la moitié du solde d’un membre',
  },
  moderation: {
    moderatorOnly: 'Cette commande est réservée aux modérateurs (il faut la permission Gérer le serveur).',
    granted_one: '✅ **{{count}}** crédit accordé à {{user}}. Solde actuel : **{{balance}}**.',
    granted_many: '✅ **{{count}}** crédits accordés à {{user}}. Solde actuel : **{{balance}}**.',
    granted_other: '✅ **{{count}}** crédits accordés à {{user}}. Solde actuel : **{{balance}}**.',
    removed_one: '✅ **{{count}}** crédit retiré à {{user}}. Solde actuel : **{{balance}}**.',
    removed_many: '✅ **{{count}}** crédits retirés à {{user}}. Solde actuel : **{{balance}}**.',
    removed_other: '✅ **{{count}}** crédits retirés à {{user}}. Solde actuel : **{{balance}}**.',
    positiveAmount: '⚠️ Indique un nombre de crédits supérieur à 0.',
    nothingToTake: 'Rien n’a changé : {{user}} n’a aucun crédit à retirer.',
    set: '✅ Le solde de {{user}} est maintenant de **{{balance}}**.',
    reset:
      '✅ {{user}} retrouve son quota complet de **{{balance}}**, avec une nouvelle période à partir de maintenant.',
    blocked: '✅ {{user}} ne peut plus créer de vidéos ici.',
    unblocked: '✅ {{user}} peut de nouveau créer des vidéos.',
    alreadyBlocked: 'Rien n’a changé : {{user}} était déjà bloqué.',
    alreadyUnblocked: 'Rien n’a changé : {{user}} n’était pas bloqué.',
    pickChannel: '⚠️ Choisis un salon à ajouter ou à retirer.',
    giveWord: '⚠️ Indique le mot ou l’expression à ajouter ou à retirer.',
    wordInvisible:
      '⚠️ Ce mot ne contient aucune lettre visible, il ne bloquerait donc rien. Tape le mot lui-même.',
    nothingGiven: 'Rien à changer : indique au moins une option. Réglages actuels :',
    nothingChanged: 'Rien n’a changé : ce sont déjà les réglages en place.',
    balanceUnchanged: 'Rien n’a changé : c’est déjà le solde.',
    updated: '✅ Mis à jour : {{changes}}',
    change: '{{label}} : {{before}} → {{after}}',
    resetConfirm:
      'Remettre **tous** les réglages clipcast de ce serveur par défaut ? Cela désactive aussi le salon de logs et vide les salons autorisés et les mots bloqués.',
    resetButton: 'Tout réinitialiser',
    cancelButton: 'Garder mes réglages',
    resetDone: '✅ Tous les réglages sont revenus par défaut.',
    resetKept: 'Rien n’a changé.',
    confirmExpired: 'Cette confirmation a expiré. Relance la commande.',
    notYourConfirm: 'Seul le modérateur qui a lancé la commande peut confirmer.',
    log: {
      granted: '🛠️ {{mod}} a accordé {{credits}} à {{user}} (solde {{balance}}){{why}}',
      removed: '🛠️ {{mod}} a retiré {{credits}} à {{user}} (solde {{balance}}){{why}}',
      set: '🛠️ {{mod}} a fixé le solde de {{user}} à {{balance}}{{why}}',
      reset: '🛠️ {{mod}} a réinitialisé les crédits de {{user}} à {{balance}}',
      blocked: '🛠️ {{mod}} a bloqué {{user}}{{why}}',
      unblocked: '🛠️ {{mod}} a débloqué {{user}}',
      settings: '🛠️ {{mod}} a modifié les réglages : {{changes}}',
      settingsReset:
        '🛠️ {{mod}} a remis tous les réglages clipcast par défaut (ce salon de logs est désormais désactivé)',
      cancelled: '🛠️ {{mod}} a annulé la tâche {{job}} de {{user}} (remboursement : {{credits}})',
      why: ' — « {{reason}} »',
    },
  },
  animate: {
    title: 'Animer avec clipcast',
    using_one: 'Utilise l’image de ce message comme référence.',
    using_many: 'Utilise les {{count}} images de ce message comme références, dans leur ordre.',
    using_other: 'Utilise les {{count}} images de ce message comme références, dans leur ordre.',
    usingFirst: 'Utilise les {{count}} premières images de ce message comme références, dans leur ordre.',
    promptLabel: 'Ce qui doit se passer',
    promptPlaceholder: 'ex. le chat tourne lentement la tête et cligne des yeux',
    aspectRatioLabel: 'Format',
    durationLabel: 'Durée',
    seedLabel: 'Seed (vide ou -1 = aléatoire)',
    noImages:
      '🖼️ Ce message n’a pas d’images à animer (pièces jointes ou images intégrées en PNG, JPEG, WebP ou GIF). Choisis un message avec des images.',
    messageGone:
      '🖼️ Ce message a été supprimé entre-temps, il n’y a donc rien à animer (rien ne t’a été facturé).',
    sourceGone:
      '🖼️ Les images du message d’origine ont expiré sur Discord et ce message a été supprimé : elles ont disparu. Utilise Animer sur un autre message (rien ne t’a été facturé).',
    sourceUnreadable:
      '🖼️ Les images du message d’origine ont expiré sur Discord et le bot n’a pas pu relire ce message (il ne voit peut-être plus le salon). Utilise à nouveau Animer sur le message (rien ne t’a été facturé).',
    sourceChanged:
      '🖼️ Le message d’origine n’a plus les images utilisées par ce clip (il a été modifié, ou le bot ne voit pas ses pièces jointes). Utilise à nouveau Animer dessus (rien ne t’a été facturé).',
  },
  preview: {
    ask_one:
      '💳 Ce clip coûte {{count}} crédit (tu en as {{balance}}). Rien n’est facturé avant que tu appuies sur Créer.',
    ask_many:
      '💳 Ce clip coûte {{count}} crédits (tu en as {{balance}}). Rien n’est facturé avant que tu appuies sur Créer.',
    ask_other:
      '💳 Ce clip coûte {{count}} crédits (tu en as {{balance}}). Rien n’est facturé avant que tu appuies sur Créer.',
    what: '« {{prompt}} » · {{duration}} s · {{aspectRatio}}',
    make: 'Créer',
    cancel: 'Annuler',
    cancelled: '✅ Annulé : rien ne t’a été facturé.',
    started: '✅ Lancé : le statut est dans le salon.',
    notStarted: 'Pas lancé (vois la réponse ci-dessous). Rien ne t’a été facturé.',
    expired:
      '⌛ Cet aperçu du coût a expiré ou a déjà reçu une réponse (rien ne t’a été facturé). Relance la commande pour créer le clip.',
    notYours: 'Seul le membre qui a demandé ce clip peut le confirmer.',
  },
  access: {
    unlisted:
      '🚫 clipcast n’est pas disponible sur ce serveur : son opérateur ne le propose qu’à une liste de serveurs. Rien ne t’a été facturé.',
  },
  money: {
    usedUp: {
      server:
        '💸 Le budget vidéo de ce serveur pour aujourd’hui est épuisé ; il repart {{when}}. Rien ne t’a été facturé.',
      bot: '💸 Le budget vidéo du bot pour aujourd’hui est épuisé ; il repart {{when}}. Rien ne t’a été facturé.',
    },
    tooLittle: {
      server:
        '💸 Il reste {{left}} aujourd’hui au budget vidéo de ce serveur, pas assez pour cette vidéo (environ {{need}}). Une vidéo plus courte coûte moins ; le budget repart {{when}}. Rien ne t’a été facturé.',
      bot: '💸 Il reste {{left}} aujourd’hui au budget vidéo du bot, pas assez pour cette vidéo (environ {{need}}). Une vidéo plus courte coûte moins ; le budget repart {{when}}. Rien ne t’a été facturé.',
    },
    budgetValue: '{{usd}} par jour (UTC)',
    noBudget: 'aucun plafond',
    giveBudget:
      '⚠️ Indique le budget quotidien en dollars américains (`usd`), ou `retirer: True` pour supprimer le plafond.',
    stats: {
      title: 'Dépenses clipcast sur ce serveur',
      today: 'Aujourd’hui (UTC)',
      period: '{{days}} derniers jours',
      total_one: '**{{count}}** clip · {{credits}} · {{usd}}',
      total_many: '**{{count}}** clips · {{credits}} · {{usd}}',
      total_other: '**{{count}}** clips · {{credits}} · {{usd}}',
      member_one: '{{user}} — {{count}} clip · {{credits}} · {{usd}}',
      member_many: '{{user}} — {{count}} clips · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} clips · {{credits}} · {{usd}}',
      topToday: 'Plus gros consommateurs aujourd’hui',
      topPeriod: 'Plus gros consommateurs, {{days}} derniers jours',
      nobody: 'Aucun clip livré.',
      budget: 'Budget du serveur aujourd’hui',
      budgetLimited:
        '{{spent}} dépensé · {{held}} réservé · {{left}} restant sur {{limit}} · repart {{when}}',
      budgetOpen:
        '{{spent}} dépensé · {{held}} réservé · aucun plafond quotidien (`/clipcast réglages budget`)',
      footer:
        'Les clips et crédits comptent les vidéos livrées (les échecs sont remboursés). Les dollars sont ce que Segmind a facturé : le coût indiqué ou, à défaut, l’estimation ({{price}} par seconde de vidéo).',
    },
    export: {
      done_one: '📄 Le journal de ce serveur du {{from}} au {{to}} (jours UTC) : {{count}} entrée.',
      done_many: '📄 Le journal de ce serveur du {{from}} au {{to}} (jours UTC) : {{count}} entrées.',
      done_other: '📄 Le journal de ce serveur du {{from}} au {{to}} (jours UTC) : {{count}} entrées.',
      truncated:
        'Les entrées plus anciennes ne tenaient pas dans un fichier sous la limite d’envoi de ce serveur : il commence donc le {{from}}.',
      empty_one: 'Rien n’a été enregistré sur ce serveur depuis {{count}} jour.',
      empty_many: 'Rien n’a été enregistré sur ce serveur depuis {{count}} jours.',
      empty_other: 'Rien n’a été enregistré sur ce serveur depuis {{count}} jours.',
    },
  },
  commands: {
    animate: { name: 'Animer avec clipcast' },
    video: {
      name: 'video',
      description: 'Transforme un prompt (et des images ou une vidéo de référence) en courte vidéo avec son',
      prompt: { name: 'prompt', description: 'Ce qui doit se passer dans la vidéo (2000 caractères max.)' },
      aspect_ratio: {
        name: 'format',
        description: 'Paysage ou portrait (par défaut : le réglage du serveur, sinon 16:9)',
        choices: { '16:9': '16:9 paysage', '9:16': '9:16 portrait' },
      },
      duration: {
        name: 'durée',
        description: 'Durée en secondes (par défaut : le réglage du serveur, sinon 5)',
        choices: { '3': '3 secondes', '5': '5 secondes', '10': '10 secondes' },
      },
      seed: { name: 'seed', description: 'Seed pour un résultat reproductible (-1 ou vide = aléatoire)' },
      image: { description: 'Image de référence {{n}} (PNG, JPEG, WebP ou GIF)' },
      video: { name: 'vidéo', description: 'Vidéo de référence (MP4, WebM ou MOV) — bêta' },
    },
    credits: {
      name: 'credits',
      description:
        'Tes crédits vidéo : solde, prochaine recharge, coûts et tâches récentes (visible par toi seul)',
    },
    clips: {
      name: 'clips',
      description:
        'Tes clips récents sur ce serveur : prompt, seed, coût, liens, Republier (visible par toi seul)',
    },
    help: {
      name: 'help',
      description:
        'Ce que fait clipcast, tes crédits, tes limites et les réglages du serveur (visible par toi seul)',
    },
    clipcast: {
      name: 'clipcast',
      description: 'Outils de modération de clipcast : crédits, rôles, blocages, file d’attente et réglages',
      queue: {
        name: 'file',
        description: 'Tâches en attente ou en rendu sur ce serveur, avec Annuler (remboursé, consigné)',
      },
      role: {
        name: 'rôle',
        description: 'Quotas, plafonds de tâches et accès (autoriser / refuser) par rôle',
        set: {
          name: 'définir',
          description:
            'Définir le quota, le plafond de tâches ou l’accès d’un rôle (le plus généreux compte)',
          role: { name: 'rôle', description: 'Le rôle (@everyone s’applique à tous les membres)' },
          allowance: {
            name: 'quota',
            description: 'Crédits par période de recharge (-1 = le quota du serveur)',
          },
          jobs: {
            name: 'tâches',
            description: 'Tâches non terminées à la fois (-1 = le plafond du serveur)',
          },
          access: {
            name: 'accès',
            description: 'Qui peut utiliser le bot',
            choices: {
              default: 'comme tout le monde',
              allow:
                'autorisé (dès qu’un rôle est autorisé, seuls les rôles autorisés peuvent utiliser le bot)',
              deny: 'refusé (l’emporte sur tous les autres rôles)',
            },
          },
        },
        clear: {
          name: 'retirer',
          description: 'Retirer les limites d’un rôle (ses membres suivent les réglages du serveur)',
          role: { name: 'rôle', description: 'Le rôle' },
        },
        show: { name: 'voir', description: 'Tous les rôles qui ont leurs propres limites' },
      },
      credits: {
        name: 'crédits',
        description: 'Voir ou modifier les crédits d’un membre',
        show: {
          name: 'voir',
          description: 'Solde, réservations et tâches récentes d’un membre',
          user: { name: 'membre', description: 'Les crédits de qui' },
        },
        grant: {
          name: 'accorder',
          description: 'Donner des crédits à un membre',
          user: { name: 'membre', description: 'Qui les reçoit' },
          amount: { name: 'montant', description: 'Crédits à ajouter' },
          reason: { name: 'raison', description: 'Pourquoi (affiché dans le salon de logs)' },
        },
        take: {
          name: 'retirer',
          description: 'Retirer des crédits à un membre',
          user: { name: 'membre', description: 'À qui' },
          amount: { name: 'montant', description: 'Crédits à retirer (jamais en dessous de zéro)' },
          reason: { name: 'raison', description: 'Pourquoi (affiché dans le salon de logs)' },
        },
        set: {
          name: 'définir',
          description: 'Fixer le solde d’un membre à un nombre exact',
          user: { name: 'membre', description: 'Le solde de qui' },
          amount: { name: 'montant', description: 'Le nouveau solde' },
          reason: { name: 'raison', description: 'Pourquoi (affiché dans le salon de logs)' },
        },
        reset: {
          name: 'réinitialiser',
          description: 'Retour au quota complet, avec une nouvelle période à partir de maintenant',
          user: { name: 'membre', description: 'Les crédits de qui' },
        },
      },
      user: {
        name: 'membre',
        description: 'Bloquer ou débloquer la création de vidéos pour un membre',
        block: {
          name: 'bloquer',
          description: 'Empêcher un membre de créer des vidéos',
          user: { name: 'membre', description: 'Qui bloquer' },
          reason: { name: 'raison', description: 'Pourquoi (affiché dans le salon de logs)' },
        },
        unblock: {
          name: 'débloquer',
          description: 'Permettre à un membre bloqué de créer de nouveau des vidéos',
          user: { name: 'membre', description: 'Qui débloquer' },
        },
      },
      settings: {
        name: 'réglages',
        description: 'Réglages du serveur',
        show: { name: 'voir', description: 'Afficher tous les réglages de ce serveur' },
        credits: {
          name: 'crédits',
          description: 'Quota, période de recharge et coût',
          allowance: {
            name: 'quota',
            description: 'Crédits reçus par chaque membre par période (30 par défaut)',
          },
          refill_hours: {
            name: 'heures_recharge',
            description: 'Durée de la période en heures (24 par défaut)',
          },
          cost_per_second: {
            name: 'coût_par_seconde',
            description: 'Crédits par seconde de vidéo (1 par défaut)',
          },
        },
        limits: {
          name: 'limites',
          description: 'Temps de recharge et plafonds de tâches simultanées',
          cooldown_seconds: {
            name: 'recharge_secondes',
            description: 'Secondes entre deux vidéos d’un même membre (0 par défaut)',
          },
          user_jobs: {
            name: 'tâches_par_membre',
            description: 'Tâches non terminées par membre (2 par défaut)',
          },
          server_jobs: {
            name: 'tâches_du_serveur',
            description: 'Tâches non terminées sur ce serveur (10 par défaut)',
          },
        },
        channels: {
          name: 'salons',
          description: 'Où /video peut être utilisé (aucun salon = partout)',
          action: {
            name: 'action',
            description: 'Ajouter, retirer ou vider',
            choices: {
              add: 'autoriser un salon',
              remove: 'retirer un salon',
              clear: 'autoriser tous les salons',
            },
          },
          channel: { name: 'salon', description: 'Le salon' },
        },
        words: {
          name: 'mots',
          description:
            'Mots et expressions bloqués (mots entiers, sans tenir compte de la casse ni des accents)',
          action: {
            name: 'action',
            description: 'Ajouter, retirer ou vider',
            choices: { add: 'bloquer un mot', remove: 'débloquer un mot', clear: 'vider la liste' },
          },
          word: { name: 'mot', description: 'Le mot ou l’expression' },
        },
        'log-channel': {
          name: 'salon-de-logs',
          description: 'Où vont les logs des tâches et de la modération (laisser vide pour désactiver)',
          channel: { name: 'salon', description: 'Le salon de logs' },
        },
        defaults: {
          name: 'par-défaut',
          description: 'Format et durée par défaut de /video',
          aspect_ratio: {
            name: 'format',
            description: 'Format par défaut',
            choices: { '16:9': '16:9 paysage', '9:16': '9:16 portrait' },
          },
          duration: {
            name: 'durée',
            description: 'Durée par défaut',
            choices: { '3': '3 secondes', '5': '5 secondes', '10': '10 secondes' },
          },
        },
        reset: { name: 'réinitialiser', description: 'Remettre tous les réglages par défaut' },
        'cost-preview': {
          name: 'aperçu-du-coût',
          description: 'Faire confirmer les clips chers aux membres avant de facturer quoi que ce soit',
          credits: {
            name: 'crédits',
            description: 'Demander à partir de ce coût ou au-delà de la moitié du solde (0 = désactivé)',
          },
        },
        budget: {
          name: 'budget',
          description: 'Plafond de dépenses quotidien de ce serveur en dollars américains (jours UTC)',
          usd: {
            name: 'usd',
            description: 'Dollars par jour (un clip coûte environ 0,10 $ par seconde de vidéo)',
          },
          clear: { name: 'retirer', description: 'Supprimer le plafond' },
        },
      },
      stats: {
        name: 'stats',
        description: 'Dépenses du jour et des 30 derniers jours : le serveur et ses plus gros consommateurs',
      },
      export: {
        name: 'exporter',
        description: 'Le journal des crédits de ce serveur en fichier CSV',
        days: { name: 'jours', description: 'Combien de jours en arrière (par défaut et au maximum : 90)' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **Alerte opérateur** — Segmind refuse les requêtes du bot : vérifie SEGMIND_API_KEY, le modèle et le compte sur https://cloud.segmind.com. Les nouvelles vidéos sont refusées (gratuitement) jusqu’à ce que ça remarche ; le bot réessaie à quelques minutes d’intervalle.',
    credits:
      '💸 **Alerte opérateur** — le compte Segmind n’a plus de crédits : recharge-le sur https://cloud.segmind.com. D’ici là, les nouvelles vidéos sont refusées (gratuitement) ; le bot réessaie à quelques minutes d’intervalle.',
    model_unavailable:
      '🛠️ **Alerte opérateur** — Segmind ne propose plus le modèle `{{model}}` (retiré ou inconnu). Mets un modèle disponible dans SEGMIND_MODEL et redémarre le bot. En attendant, les nouvelles vidéos sont refusées (gratuitement) ; le bot redemande à quelques minutes d’intervalle.',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next placeholder after a dollar sign
      '💰 **Alerte opérateur** — le solde Segmind est de ${{balance}}, sous SEGMIND_LOW_BALANCE_USD (${{threshold}}). Recharge-le sur https://cloud.segmind.com avant que les rendus commencent à échouer.',
  },
  log: {
    job: '🎬 {{user}} · « {{prompt}} »{{refs}} · seed {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ livrée',
    deliveredLink: '✅ livrée sous forme de lien',
    failed: '❌ {{reason}} (remboursée)',
    reason: {
      render_failed: 'échec du rendu',
      content_blocked: 'refusée par le filtre de contenu',
      submit_rejected: 'demande refusée',
      uncertain_submit: 'interrompue pendant l’envoi',
      expired: 'expirée chez le fournisseur',
      timeout: 'délai dépassé',
      delivery: 'non livrée',
      result_unreadable: 'résultat illisible',
      cancelled: 'annulée',
      misconfigured: 'service mal configuré',
      model_unavailable: 'modèle indisponible',
      provider_down: 'service en panne',
      damaged: 'état enregistré endommagé',
      internal: 'erreur interne',
    },
  },
} as const;
