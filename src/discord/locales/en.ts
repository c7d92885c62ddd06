/**
 * Every sentence clipcast shows people, in English (the reference locale). Other locales have the
 * same keys and the same {{placeholders}} (test/discord/locales.test.ts checks it). Plural keys end
 * in `_one` / `_other` (and whatever else the language's plural rules need) and take `count`.
 * Placeholders are inserted as given: callers escape user text before passing it.
 */
export const en = {
  common: {
    serversOnly: 'clipcast works in servers only.',
    commandGone: 'This command is not available any more.',
    internalError: 'Something went wrong on our side (ref `{{ref}}`). Nothing was charged; please try again.',
    busy: 'The bot is busy right now. Please try again in a moment (nothing was charged).',
    storageDown:
      'The bot’s storage is temporarily unavailable. Please try again in a minute (nothing was charged).',
    badCustomId: 'That button or form is not recognised. It may be from an older version of the bot.',
    formExpired: 'This form has expired. Press the button again to get a fresh one.',
    credits_one: '{{count}} credit',
    credits_other: '{{count}} credits',
    seconds: '{{count}} s',
    hours: '{{count}} h',
    none: 'none',
    off: 'off',
    listSeparator: ', ',
    quoted: '“{{text}}”',
    twoSentences: '{{a}} {{b}}',
    fullStop: '.',
  },
  video: {
    invalid: {
      promptMissing: 'The prompt is missing.',
      promptEmpty: 'The prompt is empty. Describe what should happen in the video.',
      promptTooLong: 'The prompt is too long: keep it under {{max}} characters.',
      promptInvisible: 'The prompt has no visible text. Describe what should happen in the video.',
      promptControl: 'The prompt contains invisible control characters. Retype it without them.',
      aspectRatio: 'The aspect ratio must be {{choices}}.',
      duration: 'The duration must be {{choices}} seconds.',
      seed: 'The seed must be a whole number between -1 and {{max}}.',
      tooManyImages: 'At most {{max}} reference images are allowed.',
      notImage: '{{label}} must be an image (PNG, JPEG, WebP or GIF); “{{name}}” is not.',
      notVideo: '{{label}} must be a video (MP4, WebM or MOV); “{{name}}” is not.',
      declaredOther: '{{label}} must be {{expected}}; “{{name}}” is {{declared}}.',
      empty: '{{label}} (“{{name}}”) is empty.',
      tooLarge: '{{label}} is too large ({{size}}); the limit is {{max}}.',
      noLink: '{{label}} has no usable link. Upload it again.',
      imageLabel: 'Reference image {{n}}',
      videoLabel: 'The reference video',
      anImage: 'an image (PNG, JPEG, WebP or GIF)',
      aVideo: 'a video (MP4, WebM or MOV)',
    },
    refused: {
      channel: '🚫 /video is not enabled in this channel. Try {{channels}}.',
      blockedWord:
        '🚫 Your prompt contains “{{word}}”, which this server does not allow. Reword it and try again (nothing was charged).',
      blocked:
        '🚫 You are blocked from making videos in this server. Ask a moderator if you think this is a mistake.',
      cooldown: '⏱️ Cooldown: you can start your next video {{when}}.',
      userJobs_one:
        '⏳ You already have {{count}} video in progress (the limit here). Try again when it finishes.',
      userJobs_other:
        '⏳ You already have {{count}} videos in progress (the limit here). Try again when one finishes.',
      guildJobs:
        '⏳ This server already has {{count}} videos in progress (its limit). Try again in a minute.',
      balance_one:
        '💳 This video costs **{{count}}** credit and you have **{{balance}}**. Your credits refill {{when}}; a shorter duration costs less.',
      balance_other:
        '💳 This video costs **{{count}}** credits and you have **{{balance}}**. Your credits refill {{when}}; a shorter duration costs less.',
      misconfigured:
        '🛠️ The video service is misconfigured right now, and {{told}} has been told. Nothing was charged.',
      providerDown: '🌧️ The video service is failing right now. Try again {{when}} (nothing was charged).',
      modelUnavailable:
        '🛠️ Video generation is unavailable right now: the video model is not available at the provider, and {{told}} has been told. Nothing was charged.',
      referencesExpired_one:
        '🖼️ A reference file of the original job is no longer available on Discord (uploads to commands expire). Run /video again with the files attached.',
      notAnImage:
        '🖼️ Reference image {{n}} is not really an image (its first bytes say otherwise). Attach a PNG, JPEG, WebP or GIF file (nothing was charged).',
      notAVideo:
        '🎞️ The reference video is not really a video (its first bytes say otherwise). Attach an MP4, WebM or MOV file (nothing was charged).',
      notDiscord: '🖼️ Reference files must be files uploaded to Discord (nothing was charged).',
      referencesExpired_other:
        '🖼️ {{count}} reference files of the original job are no longer available on Discord (uploads to commands expire). Run /video again with the files attached.',
    },
    told: {
      logChannel: 'this server’s log channel',
      owner: 'the bot’s owner',
    },
    started: '✅ Your video is on its way: {{link}}',
    missingPermissions:
      '⚠️ Heads-up: I lack View Channel, Send Messages, Embed Links or Attach Files in this channel. Your video is on its way, but if it takes longer than 15 minutes I will not be able to post it here (you would be refunded). A moderator can fix my permissions.',
  },
  status: {
    accepted: '⏳ **Accepted** — getting in line…',
    settings: '{{duration}}s · {{aspectRatio}} · seed {{seed}}',
    references_one: '{{count}} reference',
    references_other: '{{count}} references',
    origin: {
      command: 'Follow-up of job {{parent}}',
      reroll: 'Re-roll of job {{parent}}',
      same_seed: 'Same-seed run of job {{parent}}',
      edit: 'Edited version of job {{parent}}',
      animate: 'Animation of a message',
    },
    queued: '⏳ **Queued** — position **{{position}}** in line. You can cancel until it starts.',
    submitting: '📤 **Starting** — sending your request to the renderer…',
    rendering:
      '🎬 **Rendering** {{bar}} {{percent}}% · {{elapsed}} elapsed (usually about {{expected}} s, ready {{eta}})',
    delivering: '📦 **Uploading** your clip…',
    renderingLate:
      '🎬 **Rendering** {{bar}} {{percent}}% · {{elapsed}} elapsed — taking longer than usual (about {{expected}} s); the clip is posted here as soon as it is ready.',
    deliveryRetry:
      '✅ **Your clip is ready** — the renderer finished it, but downloading it failed for now. Trying again {{when}}; nothing is lost.',
  },
  result: {
    title: '🎞️ Your clip is ready',
    ready: '{{user}} your clip is ready.',
    link: 'The video is larger than this server’s upload limit, so here is a link (valid for about 7 days): {{link}}',
    ping: '{{user}} your clip is ready: {{url}}',
    seed: 'Seed',
    duration: 'Duration',
    aspectRatio: 'Aspect ratio',
    cost: 'Cost',
    requestedBy: 'Requested by',
    references: 'References',
    footer: 'job {{id}}',
    footerFrom: 'job {{id}} · from {{parent}}',
  },
  failure: {
    cancelled: '❌ **Cancelled**',
    failed: '❌ **Failed** — {{reason}}',
    refunded_one: 'Your {{count}} credit was refunded.',
    refunded_other: 'Your {{count}} credits were refunded.',
    providerSaid: 'The provider said: “{{reason}}”',
    advice: {
      safety:
        'Tips that often help: say what you want rather than what you don’t (“no”/“don’t” wording backfires), keep it short (about 50 words), start with the camera and the shot (“single continuous shot, slow dolly-in”), and say what each reference image is for (“use image 1 as the character”). Press **Edit** to reword it and try again.',
      referenceVideo:
        'Uploaded reference videos are refused far more often than prompts alone: try again without the video, or describe the motion in words. Press **Edit** to try again.',
      referenceImage:
        'The renderer could not use one of the reference images: check that they are ordinary PNG, JPEG or WebP pictures that are still available, or press **Edit** to try without changing them.',
    },
    code: {
      render_failed: 'The renderer could not make this video.',
      content_blocked: 'The renderer’s content filter refused this request.',
      submit_rejected: 'The renderer did not accept the request. Please try again in a moment.',
      uncertain_submit:
        'The bot restarted while sending your request and cannot tell whether the renderer received it, so it stopped here rather than risk charging twice.',
      expired: 'The renderer no longer has this request (it expired).',
      timeout: 'The render took far longer than usual, so the bot stopped waiting.',
      delivery: 'The video was rendered but could not be downloaded or posted here.',
      result_unreadable:
        'The video was rendered but the renderer’s answer could not be read in time; the bot’s owner can still fetch it.',
      cancelled: 'Cancelled.',
      misconfigured: 'The video service is misconfigured right now; {{told}} has been told.',
      model_unavailable:
        'Video generation is unavailable right now (the video model is not available at the provider); {{told}} has been told.',
      provider_down: 'The video service is failing right now. Please try again in a few minutes.',
      damaged: 'This job’s saved state was damaged, so the bot stopped it.',
      internal: 'Something went wrong on our side.',
    },
  },
  buttons: {
    reroll: 'Re-roll',
    same: 'Same seed',
    edit: 'Edit',
    delete: 'Delete',
    cancel: 'Cancel',
    editTitle: 'Edit and run again',
    promptLabel: 'Prompt',
    seedLabel: 'Seed (empty or -1 = random)',
  },
  clip: {
    unknownJob: 'That job no longer exists.',
    otherGuild: 'That button belongs to a job from another server.',
    notYourDelete: 'Only the requester or a moderator can delete this.',
    notYourCancel: 'Only the requester or a moderator can cancel this job.',
    deleted: '🗑️ Deleted.',
    cancelled: '✅ Cancelled. {{credits}} refunded.',
    notCancellable: 'That job is already being sent or delivered, so it can no longer be cancelled.',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} “{{prompt}}” · seed {{seed}} · {{credits}}',
    title: 'Credits — {{who}}',
    balance: 'Balance',
    blocked: '(blocked)',
    reserved: 'Reserved',
    reservedValue: '{{count}} (in progress)',
    allowance: 'Allowance',
    allowanceValue: '{{allowance}} every {{hours}} h',
    nextRefill: 'Next refill',
    costs: 'Cost per video',
    recent: 'Recent jobs',
    noJobs: 'No videos yet.',
  },
  roles: {
    refused: {
      denied:
        '🚫 Your roles do not allow you to make videos in this server. Ask a moderator if you think this is a mistake.',
      required:
        '🚫 Your roles do not allow you to make videos here: only members with {{roles}} can. Ask a moderator if you think you should have one.',
    },
    field: 'Your roles',
    allowanceFrom: 'Allowance **{{allowance}}** from {{role}}',
    jobsFrom_one: 'Up to **{{count}}** job at once from {{role}}',
    jobsFrom_other: 'Up to **{{count}}** jobs at once from {{role}}',
    deniedBy: '🚫 {{role}} may not make videos here',
    notAllowed: '🚫 Only {{roles}} may make videos here, and you have none of them',
    title: 'Role limits in this server',
    none: 'No role has limits of its own: every member gets the server’s settings.',
    allowOnly:
      'Only members with an **allowed** role (and moderators) may make videos. A member with several roles gets the most generous one; a denied role wins over everything.',
    mostGenerous:
      'A member with several roles gets the most generous one (highest allowance, highest job cap); a denied role wins over everything.',
    line: '{{role}} — {{parts}}',
    label: { allowance: 'Allowance', maxJobs: 'Jobs at once', access: 'Access' },
    access: { default: 'like everyone', allow: 'allowed', deny: 'denied' },
    serverSetting: 'server setting ({{value}})',
    nothingGiven: 'Nothing to change: give an allowance, a job cap or an access for {{role}}.',
    tooMany: '⚠️ At most {{max}} roles can have limits of their own. Clear one first.',
    jobsZero:
      '⚠️ A role needs at least 1 job at once. To keep its members from making videos, set access to denied.',
    updated: '✅ {{role}}: {{changes}}',
    cleared: '✅ {{role}} has no limits of its own any more.',
    nothingToClear: 'Nothing changed: {{role}} had no limits of its own.',
    log: {
      set: '🛠️ {{mod}} changed the limits of {{role}}: {{changes}}',
      cleared: '🛠️ {{mod}} removed the limits of {{role}}',
    },
  },
  queue: {
    title: 'Jobs in progress in this server',
    empty: 'No jobs are queued or rendering in this server right now.',
    state: {
      queued: '⏳ **Queued** (#{{position}} in line)',
      submitting: '📤 **Starting**',
      rendering: '🎬 **Rendering**',
      delivering: '📦 **Uploading**',
      deliveryRetry: '📦 **Download retry** {{when}} (the clip is rendered)',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · “{{prompt}}” · {{credits}} · requested {{age}}',
    more_one: '…and {{count}} more job.',
    more_other: '…and {{count}} more jobs.',
    hint: 'Cancel stops a queued or rendering job and refunds the member.',
    cancelButton: 'Cancel {{n}}',
    refresh: 'Refresh',
    cancelled: '✅ Cancelled job `{{job}}` of {{user}}; {{credits}} refunded.',
  },
  history: {
    title: 'Your clips in this server',
    empty: 'You have no clips in this server yet. Make one with /video.',
    entry: '**{{n}}.** {{icon}} “{{prompt}}” · seed `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: 'queued',
      submitting: 'starting',
      rendering: 'rendering',
      delivering: 'uploading',
      done: 'done',
      failed: 'failed',
      cancelled: 'cancelled',
      deleted: 'deleted',
      removed: 'removed by a moderator',
    },
    jump: ' · [jump]({{url}})',
    page: 'Page {{page}} of {{pages}} · newest first',
    previous: 'Previous',
    next: 'Next',
    repost: 'Re-post {{n}}',
    notYours: 'These buttons belong to someone else’s /clips. Run /clips to see yours.',
    notDelivered: 'That clip was never delivered, so there is nothing to re-post.',
    stillThere: 'Your clip is still there: {{url}}',
    removed: 'A moderator removed this clip, so it is not posted again.',
    reposted: '📤 Posted again: {{url}}',
    expired_one:
      'The video file is no longer available at the renderer (it keeps files for about 7 days). Make it again with the same seed and settings? It costs {{count}} credit.',
    expired_other:
      'The video file is no longer available at the renderer (it keeps files for about 7 days). Make it again with the same seed and settings? It costs {{count}} credits.',
    cannotPost: 'I could not post in {{channel}}: I may lack permissions there. Ask a moderator.',
  },
  help: {
    title: 'clipcast — short videos from a prompt',
    about:
      'clipcast turns a prompt, and optionally reference images or a video, into a short video with sound. Every clip shows its seed; its buttons re-roll it, run it again with the same seed, edit the prompt or delete it. A clip costs credits, which refill over time; a failed or cancelled clip is refunded.',
    you: 'You',
    balance: 'Balance **{{balance}}** credits · next refill {{refill}}',
    allowance: 'Allowance {{allowance}} every {{hours}} h',
    jobs_one: 'Up to {{count}} job at once',
    jobs_other: 'Up to {{count}} jobs at once',
    noRoles: 'No role limits apply to you: the server’s settings do.',
    blocked: '🚫 You are blocked from making videos here.',
    server: 'This server',
    channels: 'Channels: {{channels}}',
    costs: 'Cost: {{costs}}',
    defaults: 'Defaults: {{duration}} s · {{aspectRatio}}',
    cooldown: 'Cooldown between a member’s videos: {{cooldown}}',
    serverJobs: 'Up to {{count}} jobs at once in this server',
    commands: 'Commands',
    cmd: {
      video: '`/video prompt:…` — make a clip (aspect ratio, duration, seed, up to 14 images, a video)',
      credits: '`/credits` — your balance, next refill and recent jobs',
      clips: '`/clips` — your clips page by page, with jump links and Re-post',
      help: '`/help` — this overview',
      animate: '`Apps → Animate with clipcast` on a message with pictures — turns its images into a clip',
      clipcast: '`/clipcast …` — moderators: credits, roles, the queue and the server’s settings',
    },
  },
  settings: {
    title: 'clipcast settings for this server',
    everyChannel: 'every channel',
    label: {
      allowance: 'Allowance',
      refillHours: 'Refill period',
      costPerSecond: 'Credits per second of video',
      cooldownSeconds: 'Cooldown',
      maxJobsPerUser: 'Jobs per member',
      maxJobsPerGuild: 'Jobs in this server',
      allowedChannels: 'Allowed channels',
      blockedWords: 'Blocked words',
      logChannelId: 'Log channel',
      defaultAspectRatio: 'Default aspect ratio',
      defaultDuration: 'Default duration',
      dailyBudgetUsd: 'Daily budget',
      costPreviewAt: 'Cost preview',
    },
    costPreviewValue_one: 'from {{count}} credit, or over half a member’s balance',
    costPreviewValue_other: 'from {{count}} credits, or over half a member’s balance',
  },
  moderation: {
    moderatorOnly: 'This is a moderator command (it needs the Manage Server permission).',
    granted_one: '✅ Granted **{{count}}** credit to {{user}}. Balance now **{{balance}}**.',
    granted_other: '✅ Granted **{{count}}** credits to {{user}}. Balance now **{{balance}}**.',
    removed_one: '✅ Removed **{{count}}** credit from {{user}}. Balance now **{{balance}}**.',
    removed_other: '✅ Removed **{{count}}** credits from {{user}}. Balance now **{{balance}}**.',
    positiveAmount: '⚠️ Give a number of credits above 0.',
    nothingToTake: 'Nothing changed: {{user}} has no credits to take.',
    set: '✅ {{user}}’s balance is now **{{balance}}**.',
    reset: '✅ Reset {{user}} to a full allowance of **{{balance}}**, with a fresh period from now.',
    blocked: '✅ {{user}} can no longer make videos here.',
    unblocked: '✅ {{user}} can make videos again.',
    alreadyBlocked: 'Nothing changed: {{user}} was already blocked.',
    alreadyUnblocked: 'Nothing changed: {{user}} was not blocked.',
    pickChannel: '⚠️ Pick a channel to add or remove.',
    giveWord: '⚠️ Give the word or phrase to add or remove.',
    wordInvisible: '⚠️ That word has no visible letters, so it would block nothing. Type the word itself.',
    nothingGiven: 'Nothing to change: give at least one option. Current settings:',
    nothingChanged: 'Nothing changed: those are already the settings.',
    balanceUnchanged: 'Nothing changed: that is already the balance.',
    updated: '✅ Updated: {{changes}}',
    change: '{{label}}: {{before}} → {{after}}',
    resetConfirm:
      'Reset **every** clipcast setting of this server to its default? This also turns off the log channel and clears allowed channels and blocked words.',
    resetButton: 'Reset everything',
    cancelButton: 'Keep my settings',
    resetDone: '✅ Every setting is back to its default.',
    resetKept: 'Nothing changed.',
    confirmExpired: 'This confirmation has expired. Run the command again.',
    notYourConfirm: 'Only the moderator who asked can confirm this.',
    log: {
      granted: '🛠️ {{mod}} granted {{credits}} to {{user}} (balance {{balance}}){{why}}',
      removed: '🛠️ {{mod}} removed {{credits}} from {{user}} (balance {{balance}}){{why}}',
      set: '🛠️ {{mod}} set {{user}}’s balance to {{balance}}{{why}}',
      reset: '🛠️ {{mod}} reset {{user}}’s credits to {{balance}}',
      blocked: '🛠️ {{mod}} blocked {{user}}{{why}}',
      unblocked: '🛠️ {{mod}} unblocked {{user}}',
      settings: '🛠️ {{mod}} changed settings: {{changes}}',
      settingsReset:
        '🛠️ {{mod}} reset every clipcast setting to its default (this log channel is turned off now)',
      cancelled: '🛠️ {{mod}} cancelled job {{job}} of {{user}} ({{credits}} refunded)',
      why: ' — “{{reason}}”',
    },
  },
  animate: {
    title: 'Animate with clipcast',
    using_one: 'Uses the image of this message as the reference.',
    using_other: 'Uses the {{count}} images of this message as references, in message order.',
    usingFirst: 'Uses the first {{count}} images of this message as references, in message order.',
    promptLabel: 'What should happen',
    promptPlaceholder: 'e.g. the cat slowly turns its head and blinks',
    aspectRatioLabel: 'Aspect ratio',
    durationLabel: 'Duration',
    seedLabel: 'Seed (empty or -1 = random)',
    noImages:
      '🖼️ This message has no images to animate (attachments or image embeds in PNG, JPEG, WebP or GIF). Pick a message with pictures.',
    messageGone:
      '🖼️ That message has been deleted meanwhile, so there is nothing to animate (nothing was charged).',
    sourceGone:
      '🖼️ The images of the original message have expired on Discord, and that message has been deleted, so they are gone. Use Animate on another message (nothing was charged).',
    sourceUnreadable:
      '🖼️ The images of the original message have expired on Discord, and the bot could not read that message again (it may no longer see the channel). Use Animate on the message again (nothing was charged).',
    sourceChanged:
      '🖼️ The original message no longer has the images this clip used (it was edited, or the bot cannot see its attachments). Use Animate on it again (nothing was charged).',
  },
  preview: {
    ask_one:
      '💳 This clip costs {{count}} credit (you have {{balance}}). Nothing is charged until you press Make it.',
    ask_other:
      '💳 This clip costs {{count}} credits (you have {{balance}}). Nothing is charged until you press Make it.',
    what: '“{{prompt}}” · {{duration}} s · {{aspectRatio}}',
    make: 'Make it',
    cancel: 'Cancel',
    cancelled: '✅ Cancelled — nothing was charged.',
    started: '✅ Started: the status is in the channel.',
    notStarted: 'Not started (see the answer below). Nothing was charged.',
    expired:
      '⌛ This cost preview has expired or was already answered (nothing was charged). Run the command again to make the clip.',
    notYours: 'Only the member who asked for this clip can confirm it.',
  },
  access: {
    unlisted:
      '🚫 clipcast is not available in this server: its operator runs it for a list of servers only. Nothing was charged.',
  },
  money: {
    usedUp: {
      server: '💸 This server’s video budget for today is used up; it resets {{when}}. Nothing was charged.',
      bot: '💸 The bot’s video budget for today is used up; it resets {{when}}. Nothing was charged.',
    },
    tooLittle: {
      server:
        '💸 This server’s video budget for today has {{left}} left, not enough for this video (about {{need}}). A shorter video costs less; the budget resets {{when}}. Nothing was charged.',
      bot: '💸 The bot’s video budget for today has {{left}} left, not enough for this video (about {{need}}). A shorter video costs less; the budget resets {{when}}. Nothing was charged.',
    },
    budgetValue: '{{usd}} a day (UTC)',
    noBudget: 'no cap',
    giveBudget: '⚠️ Give the daily budget in US dollars (`usd`), or `clear: True` to remove the cap.',
    stats: {
      title: 'clipcast spending in this server',
      today: 'Today (UTC)',
      period: 'Last {{days}} days',
      total_one: '**{{count}}** clip · {{credits}} · {{usd}}',
      total_other: '**{{count}}** clips · {{credits}} · {{usd}}',
      member_one: '{{user}} — {{count}} clip · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} clips · {{credits}} · {{usd}}',
      topToday: 'Top members today',
      topPeriod: 'Top members, last {{days}} days',
      nobody: 'No clips delivered.',
      budget: 'Server budget today',
      budgetLimited: '{{spent}} spent · {{held}} reserved · {{left}} left of {{limit}} · resets {{when}}',
      budgetOpen: '{{spent}} spent · {{held}} reserved · no daily cap (`/clipcast settings budget`)',
      footer:
        'Clips and credits count delivered videos (failed ones are refunded). Dollars are what Segmind billed: the cost it reported, or the estimate ({{price}} per second of video) where it reported none.',
    },
    export: {
      done_one: '📄 This server’s ledger from {{from}} to {{to}} (UTC days): {{count}} entry.',
      done_other: '📄 This server’s ledger from {{from}} to {{to}} (UTC days): {{count}} entries.',
      truncated:
        'Older entries did not fit in one file within this server’s upload limit, so it starts on {{from}}.',
      empty_one: 'Nothing was recorded in this server in the last {{count}} day.',
      empty_other: 'Nothing was recorded in this server in the last {{count}} days.',
    },
  },
  commands: {
    animate: { name: 'Animate with clipcast' },
    video: {
      name: 'video',
      description: 'Turn a prompt (plus optional reference images or video) into a short video with sound',
      prompt: { name: 'prompt', description: 'What should happen in the video (up to 2000 characters)' },
      aspect_ratio: {
        name: 'aspect_ratio',
        description: 'Landscape or portrait (default: the server setting, else 16:9)',
        choices: { '16:9': '16:9 landscape', '9:16': '9:16 portrait' },
      },
      duration: {
        name: 'duration',
        description: 'Length in seconds (default: the server setting, else 5)',
        choices: { '3': '3 seconds', '5': '5 seconds', '10': '10 seconds' },
      },
      seed: { name: 'seed', description: 'Seed for a reproducible result (-1 or empty = random)' },
      image: { description: 'Reference image {{n}} (PNG, JPEG, WebP or GIF)' },
      video: { name: 'video', description: 'Reference video (MP4, WebM or MOV) — beta' },
    },
    credits: {
      name: 'credits',
      description: 'Your video credits: balance, next refill, costs and recent jobs (only you see it)',
    },
    clips: {
      name: 'clips',
      description:
        'Your recent clips in this server: prompt, seed, cost, jump links, Re-post (only you see it)',
    },
    help: {
      name: 'help',
      description:
        'What clipcast does, your credits and limits, and this server’s settings (only you see it)',
    },
    clipcast: {
      name: 'clipcast',
      description: 'Moderator tools for clipcast: credits, roles, blocks, the queue and server settings',
      queue: {
        name: 'queue',
        description: 'Jobs queued or rendering in this server, with Cancel (refunded, logged)',
      },
      role: {
        name: 'role',
        description: 'Per-role allowances, job caps and access (allow / deny)',
        set: {
          name: 'set',
          description: 'Set a role’s allowance, job cap or access (a member gets their most generous role)',
          role: { name: 'role', description: 'The role (@everyone applies to every member)' },
          allowance: {
            name: 'allowance',
            description: 'Credits per refill period (-1 = the server’s allowance)',
          },
          jobs: { name: 'jobs', description: 'Unfinished jobs at once (-1 = the server’s cap)' },
          access: {
            name: 'access',
            description: 'Who may use the bot',
            choices: {
              default: 'like everyone else',
              allow: 'allowed (once a role is allowed, only allowed roles may use the bot)',
              deny: 'denied (wins over every other role)',
            },
          },
        },
        clear: {
          name: 'clear',
          description: 'Remove a role’s limits (its members get the server’s settings)',
          role: { name: 'role', description: 'The role' },
        },
        show: { name: 'show', description: 'Every role with limits of its own' },
      },
      credits: {
        name: 'credits',
        description: 'See or change a member’s credits',
        show: {
          name: 'show',
          description: 'A member’s balance, reservations and recent jobs',
          user: { name: 'user', description: 'Whose credits' },
        },
        grant: {
          name: 'grant',
          description: 'Give a member credits',
          user: { name: 'user', description: 'Who gets them' },
          amount: { name: 'amount', description: 'Credits to add' },
          reason: { name: 'reason', description: 'Why (shown in the log channel)' },
        },
        take: {
          name: 'take',
          description: 'Take credits away from a member',
          user: { name: 'user', description: 'From whom' },
          amount: { name: 'amount', description: 'Credits to take (never below zero)' },
          reason: { name: 'reason', description: 'Why (shown in the log channel)' },
        },
        set: {
          name: 'set',
          description: 'Set a member’s balance to an exact number',
          user: { name: 'user', description: 'Whose balance' },
          amount: { name: 'amount', description: 'The new balance' },
          reason: { name: 'reason', description: 'Why (shown in the log channel)' },
        },
        reset: {
          name: 'reset',
          description: 'Back to a full allowance, with a fresh period from now',
          user: { name: 'user', description: 'Whose credits' },
        },
      },
      user: {
        name: 'user',
        description: 'Block or unblock a member from making videos',
        block: {
          name: 'block',
          description: 'Stop a member from making videos',
          user: { name: 'user', description: 'Who to block' },
          reason: { name: 'reason', description: 'Why (shown in the log channel)' },
        },
        unblock: {
          name: 'unblock',
          description: 'Let a blocked member make videos again',
          user: { name: 'user', description: 'Who to unblock' },
        },
      },
      settings: {
        name: 'settings',
        description: 'Server settings',
        show: { name: 'show', description: 'Show every setting of this server' },
        credits: {
          name: 'credits',
          description: 'Allowance, refill period and cost',
          allowance: { name: 'allowance', description: 'Credits each member gets per period (default 30)' },
          refill_hours: { name: 'refill_hours', description: 'Length of the period in hours (default 24)' },
          cost_per_second: {
            name: 'cost_per_second',
            description: 'Credits per second of video (default 1)',
          },
        },
        limits: {
          name: 'limits',
          description: 'Cooldown and concurrent-job caps',
          cooldown_seconds: {
            name: 'cooldown_seconds',
            description: 'Seconds between a member’s videos (default 0)',
          },
          user_jobs: { name: 'user_jobs', description: 'Unfinished jobs per member (default 2)' },
          server_jobs: { name: 'server_jobs', description: 'Unfinished jobs in this server (default 10)' },
        },
        channels: {
          name: 'channels',
          description: 'Where /video may be used (none listed = everywhere)',
          action: {
            name: 'action',
            description: 'Add, remove or clear',
            choices: { add: 'allow a channel', remove: 'remove a channel', clear: 'allow every channel' },
          },
          channel: { name: 'channel', description: 'The channel' },
        },
        words: {
          name: 'words',
          description: 'Blocked words and phrases (whole words, any case or accents)',
          action: {
            name: 'action',
            description: 'Add, remove or clear',
            choices: { add: 'block a word', remove: 'unblock a word', clear: 'clear the list' },
          },
          word: { name: 'word', description: 'The word or phrase' },
        },
        'log-channel': {
          name: 'log-channel',
          description: 'Where job and moderator logs go (leave empty to turn off)',
          channel: { name: 'channel', description: 'The log channel' },
        },
        defaults: {
          name: 'defaults',
          description: 'Default aspect ratio and duration for /video',
          aspect_ratio: {
            name: 'aspect_ratio',
            description: 'Default aspect ratio',
            choices: { '16:9': '16:9 landscape', '9:16': '9:16 portrait' },
          },
          duration: {
            name: 'duration',
            description: 'Default duration',
            choices: { '3': '3 seconds', '5': '5 seconds', '10': '10 seconds' },
          },
        },
        reset: { name: 'reset', description: 'Every setting back to its default' },
        'cost-preview': {
          name: 'cost-preview',
          description: 'Ask members to confirm expensive clips before anything is charged',
          credits: {
            name: 'credits',
            description: 'Ask when a clip costs at least this many credits or over half a balance (0 = off)',
          },
        },
        budget: {
          name: 'budget',
          description: 'This server’s daily spending cap in US dollars (UTC days)',
          usd: { name: 'usd', description: 'Dollars a day (a clip costs about $0.10 per second of video)' },
          clear: { name: 'clear', description: 'Remove the cap' },
        },
      },
      stats: {
        name: 'stats',
        description: 'Spending today and over the last 30 days: the server and its top members',
      },
      export: {
        name: 'export',
        description: 'This server’s credit ledger as a CSV file',
        days: { name: 'days', description: 'How many days back (default and most: 90)' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **Operator alert** — Segmind refuses the bot’s requests: check SEGMIND_API_KEY, the model and the account at https://cloud.segmind.com. New videos are refused (free) until it works again; the bot tries again every few minutes.',
    credits:
      '💸 **Operator alert** — the Segmind account is out of credits: top it up at https://cloud.segmind.com. New videos are refused (free) until then; the bot tries again every few minutes.',
    model_unavailable:
      '🛠️ **Operator alert** — Segmind no longer serves the model `{{model}}` (retired or unknown). Set SEGMIND_MODEL to an available model and restart the bot. New videos are refused (free) meanwhile; the bot asks again every few minutes.',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a dollar sign before an i18next placeholder
      '💰 **Operator alert** — the Segmind balance is ${{balance}}, under SEGMIND_LOW_BALANCE_USD (${{threshold}}). Top it up at https://cloud.segmind.com before renders start failing.',
  },
  log: {
    job: '🎬 {{user}} · “{{prompt}}”{{refs}} · seed {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ delivered',
    deliveredLink: '✅ delivered as a link',
    failed: '❌ {{reason}} (refunded)',
    reason: {
      render_failed: 'render failed',
      content_blocked: 'refused by the content filter',
      submit_rejected: 'request refused',
      uncertain_submit: 'interrupted while sending',
      expired: 'expired at the renderer',
      timeout: 'timed out',
      delivery: 'not delivered',
      result_unreadable: 'result unreadable',
      cancelled: 'cancelled',
      misconfigured: 'service misconfigured',
      model_unavailable: 'model unavailable',
      provider_down: 'service failing',
      damaged: 'saved state damaged',
      internal: 'internal error',
    },
  },
} as const;
