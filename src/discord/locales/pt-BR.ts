/**
 * Brazilian Portuguese. Same keys and {{placeholders}} as `en.ts` (test/discord/locales.test.ts
 * checks it); "você", as Discord's own Brazilian interface.
 */
export const ptBR = {
  common: {
    serversOnly: 'O clipcast só funciona em servidores.',
    commandGone: 'Este comando não está mais disponível.',
    internalError:
      'Algo deu errado do nosso lado (ref. `{{ref}}`). Nada foi cobrado; tente de novo, por favor.',
    busy: 'O bot está ocupado agora. Tente de novo daqui a pouco (nada foi cobrado).',
    storageDown:
      'O armazenamento do bot está indisponível no momento. Tente de novo em um minuto (nada foi cobrado).',
    badCustomId: 'Não reconheço esse botão ou formulário. Ele pode ser de uma versão antiga do bot.',
    formExpired: 'Este formulário expirou. Clique no botão de novo para abrir um novo.',
    credits_one: '{{count}} crédito',
    credits_many: '{{count}} créditos',
    credits_other: '{{count}} créditos',
    seconds: '{{count}} s',
    hours: '{{count}} h',
    none: 'nenhum',
    off: 'desativado',
    listSeparator: ', ',
    quoted: '“{{text}}”',
    twoSentences: '{{a}} {{b}}',
    fullStop: '.',
  },
  video: {
    invalid: {
      promptMissing: 'Falta o prompt.',
      promptEmpty: 'O prompt está vazio. Descreva o que deve acontecer no vídeo.',
      promptTooLong: 'O prompt é longo demais: use menos de {{max}} caracteres.',
      promptInvisible: 'O prompt não tem texto visível. Descreva o que deve acontecer no vídeo.',
      promptControl: 'O prompt contém caracteres de controle invisíveis. Digite de novo sem eles.',
      aspectRatio: 'A proporção deve ser {{choices}}.',
      duration: 'A duração deve ser de {{choices}} segundos.',
      seed: 'A seed deve ser um número inteiro entre -1 e {{max}}.',
      tooManyImages: 'São permitidas no máximo {{max}} imagens de referência.',
      notImage: '{{label}} precisa ser uma imagem (PNG, JPEG, WebP ou GIF); “{{name}}” não é.',
      notVideo: '{{label}} precisa ser um vídeo (MP4, WebM ou MOV); “{{name}}” não é.',
      declaredOther: '{{label}} precisa ser {{expected}}; “{{name}}” é {{declared}}.',
      empty: '{{label}} (“{{name}}”) não tem conteúdo.',
      tooLarge: '{{label}} é grande demais ({{size}}); o limite é {{max}}.',
      noLink: '{{label}} não tem um link utilizável. Envie o arquivo de novo.',
      imageLabel: 'A imagem de referência {{n}}',
      videoLabel: 'O vídeo de referência',
      anImage: 'uma imagem (PNG, JPEG, WebP ou GIF)',
      aVideo: 'um vídeo (MP4, WebM ou MOV)',
    },
    refused: {
      channel: '🚫 O /video não está liberado neste canal. Tente em {{channels}}.',
      blockedWord:
        '🚫 Seu prompt contém “{{word}}”, que não é permitido neste servidor. Reescreva e tente de novo (nada foi cobrado).',
      blocked:
        '🚫 Você está bloqueado para criar vídeos neste servidor. Se acha que é um engano, fale com um moderador.',
      cooldown: '⏱️ Tempo de espera: você poderá criar seu próximo vídeo {{when}}.',
      userJobs_one:
        '⏳ Você já tem {{count}} vídeo em andamento (o limite aqui). Tente de novo quando ele terminar.',
      userJobs_many:
        '⏳ Você já tem {{count}} vídeos em andamento (o limite aqui). Tente de novo quando um deles terminar.',
      userJobs_other:
        '⏳ Você já tem {{count}} vídeos em andamento (o limite aqui). Tente de novo quando um deles terminar.',
      guildJobs:
        '⏳ Este servidor já tem {{count}} vídeos em andamento (o limite dele). Tente de novo em um minuto.',
      balance_one:
        '💳 Este vídeo custa **{{count}}** crédito e você tem **{{balance}}**. Seus créditos recarregam {{when}}; uma duração menor custa menos.',
      balance_many:
        '💳 Este vídeo custa **{{count}}** créditos e você tem **{{balance}}**. Seus créditos recarregam {{when}}; uma duração menor custa menos.',
      balance_other:
        '💳 Este vídeo custa **{{count}}** créditos e você tem **{{balance}}**. Seus créditos recarregam {{when}}; uma duração menor custa menos.',
      misconfigured:
        '🛠️ O serviço de vídeo está mal configurado agora, e já avisamos {{told}}. Nada foi cobrado.',
      providerDown: '🌧️ O serviço de vídeo está com falhas agora. Tente de novo {{when}} (nada foi cobrado).',
      modelUnavailable:
        '🛠️ A criação de vídeos está indisponível agora: o modelo de vídeo não está disponível no provedor, e já avisamos {{told}}. Nada foi cobrado.',
      referencesExpired_one:
        '🖼️ Um arquivo de referência da tarefa original não está mais disponível no Discord (arquivos enviados em comandos expiram). Use o /video de novo com os arquivos anexados.',
      referencesExpired_many:
        '🖼️ {{count}} arquivos de referência da tarefa original não estão mais disponíveis no Discord (arquivos enviados em comandos expiram). Use o /video de novo com os arquivos anexados.',
      notAnImage:
        '🖼️ A imagem de referência {{n}} não é realmente uma imagem (os primeiros bytes dizem outra coisa). Anexe um arquivo PNG, JPEG, WebP ou GIF (nada foi cobrado).',
      notAVideo:
        '🎞️ O vídeo de referência não é realmente um vídeo (os primeiros bytes dizem outra coisa). Anexe um arquivo MP4, WebM ou MOV (nada foi cobrado).',
      notDiscord: '🖼️ Os arquivos de referência precisam ter sido enviados ao Discord (nada foi cobrado).',
      referencesExpired_other:
        '🖼️ {{count}} arquivos de referência da tarefa original não estão mais disponíveis no Discord (arquivos enviados em comandos expiram). Use o /video de novo com os arquivos anexados.',
    },
    told: {
      logChannel: 'no canal de logs deste servidor',
      owner: 'o dono do bot',
    },
    started: '✅ Seu vídeo está a caminho: {{link}}',
    missingPermissions:
      '⚠️ Atenção: me falta Ver canal, Enviar mensagens, Inserir links ou Anexar arquivos neste canal. Seu vídeo está a caminho, mas se demorar mais de 15 minutos não vou conseguir publicá-lo aqui (você seria reembolsado). Um moderador pode corrigir minhas permissões.',
  },
  status: {
    accepted: '⏳ **Aceito** — entrando na fila…',
    settings: '{{duration}} s · {{aspectRatio}} · seed {{seed}}',
    references_one: '{{count}} referência',
    references_many: '{{count}} referências',
    references_other: '{{count}} referências',
    origin: {
      command: 'Continuação da tarefa {{parent}}',
      reroll: 'Nova tentativa da tarefa {{parent}}',
      same_seed: 'Tarefa {{parent}} com a mesma seed',
      edit: 'Versão editada da tarefa {{parent}}',
      animate: 'Animação de uma mensagem',
    },
    queued: '⏳ **Na fila** — posição **{{position}}**. Você pode cancelar até começar.',
    submitting: '📤 **Iniciando** — enviando seu pedido para o renderizador…',
    rendering:
      '🎬 **Renderizando** {{bar}} {{percent}}% · {{elapsed}} decorridos (costuma levar uns {{expected}} s, pronto {{eta}})',
    delivering: '📦 **Enviando** seu clipe…',
    renderingLate:
      '🎬 **Renderizando** {{bar}} {{percent}}% · {{elapsed}} decorridos — está demorando mais que o normal (uns {{expected}} s); o clipe será publicado aqui assim que ficar pronto.',
    deliveryRetry:
      '✅ **Seu clipe está pronto** — ele foi renderizado, mas o download falhou por enquanto. Nova tentativa {{when}}; nada se perde.',
  },
  result: {
    title: '🎞️ Seu clipe está pronto',
    ready: '{{user}} seu clipe está pronto.',
    link: 'O vídeo passa do limite de envio deste servidor, então aqui vai um link (válido por uns 7 dias): {{link}}',
    ping: '{{user}} seu clipe está pronto: {{url}}',
    seed: 'Seed',
    duration: 'Duração',
    aspectRatio: 'Proporção',
    cost: 'Custo',
    requestedBy: 'Pedido por',
    references: 'Referências',
    footer: 'tarefa {{id}}',
    footerFrom: 'tarefa {{id}} · a partir de {{parent}}',
  },
  failure: {
    cancelled: '❌ **Cancelado**',
    failed: '❌ **Falhou** — {{reason}}',
    refunded_one: 'Seu {{count}} crédito foi reembolsado.',
    refunded_many: 'Seus {{count}} créditos foram reembolsados.',
    refunded_other: 'Seus {{count}} créditos foram reembolsados.',
    providerSaid: 'O provedor disse: “{{reason}}”',
    advice: {
      safety:
        'Dicas que costumam ajudar: diga o que você quer, e não o que não quer (frases com “não”/“sem” costumam sair ao contrário), seja breve (umas 50 palavras), comece pela câmera e pelo plano (“plano único e contínuo, aproximação lenta”) e diga para que serve cada imagem de referência (“use a imagem 1 como personagem”). Clique em **Editar** para reescrever e tentar de novo.',
      referenceVideo:
        'Vídeos de referência enviados são recusados muito mais vezes do que prompts sozinhos: tente de novo sem o vídeo ou descreva o movimento em palavras. Clique em **Editar** para tentar de novo.',
      referenceImage:
        'O renderizador não conseguiu usar uma das imagens de referência: confira se são imagens PNG, JPEG ou WebP comuns e ainda disponíveis, ou clique em **Editar** para tentar sem mudá-las.',
    },
    code: {
      render_failed: 'O renderizador não conseguiu criar este vídeo.',
      content_blocked: 'O filtro de conteúdo do renderizador recusou este pedido.',
      submit_rejected: 'O renderizador não aceitou o pedido. Tente de novo daqui a pouco.',
      uncertain_submit:
        'O bot reiniciou enquanto enviava seu pedido e não sabe se o renderizador o recebeu, então parou aqui para não arriscar cobrar duas vezes.',
      expired: 'O renderizador não tem mais este pedido (ele expirou).',
      timeout: 'A renderização demorou muito mais do que o normal, então o bot parou de esperar.',
      delivery: 'O vídeo foi renderizado, mas não deu para baixá-lo nem publicá-lo aqui.',
      result_unreadable:
        'O vídeo foi renderizado, mas não deu para ler a resposta do renderizador a tempo; o dono do bot ainda pode buscá-lo.',
      cancelled: 'Cancelado.',
      misconfigured: 'O serviço de vídeo está mal configurado agora; já avisamos {{told}}.',
      model_unavailable:
        'A criação de vídeos está indisponível agora (o modelo de vídeo não está disponível no provedor); já avisamos {{told}}.',
      provider_down: 'O serviço de vídeo está com falhas agora. Tente de novo em alguns minutos.',
      damaged: 'O estado salvo desta tarefa estava corrompido, então o bot a interrompeu.',
      internal: 'Algo deu errado do nosso lado.',
    },
  },
  buttons: {
    reroll: 'Gerar de novo',
    same: 'Mesma seed',
    edit: 'Editar',
    delete: 'Excluir',
    cancel: 'Cancelar',
    editTitle: 'Editar e gerar de novo',
    promptLabel: 'Prompt',
    seedLabel: 'Seed (vazio ou -1 = aleatória)',
  },
  clip: {
    unknownJob: 'Essa tarefa não existe mais.',
    otherGuild: 'Esse botão é de uma tarefa de outro servidor.',
    notYourDelete: 'Só quem pediu ou um moderador pode excluir isto.',
    notYourCancel: 'Só quem pediu ou um moderador pode cancelar esta tarefa.',
    deleted: '🗑️ Excluído.',
    cancelled: '✅ Cancelado. Reembolso: {{credits}}.',
    notCancellable: 'Essa tarefa já está sendo enviada ou entregue, então não pode mais ser cancelada.',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} “{{prompt}}” · seed {{seed}} · {{credits}}',
    title: 'Créditos — {{who}}',
    balance: 'Saldo',
    blocked: '(bloqueado)',
    reserved: 'Reservados',
    reservedValue: '{{count}} (em andamento)',
    allowance: 'Cota',
    allowanceValue: '{{allowance}} a cada {{hours}} h',
    nextRefill: 'Próxima recarga',
    costs: 'Custo por vídeo',
    recent: 'Tarefas recentes',
    noJobs: 'Nenhum vídeo ainda.',
  },
  roles: {
    refused: {
      denied:
        '🚫 Seus cargos não permitem criar vídeos neste servidor. Se acha que é um engano, fale com um moderador.',
      required:
        '🚫 Seus cargos não permitem criar vídeos aqui: só membros com {{roles}} podem. Se acha que deveria ter um deles, fale com um moderador.',
    },
    field: 'Seus cargos',
    allowanceFrom: 'Cota de **{{allowance}}** pelo cargo {{role}}',
    jobsFrom_one: 'Até **{{count}}** tarefa por vez pelo cargo {{role}}',
    jobsFrom_many: 'Até **{{count}}** tarefas por vez pelo cargo {{role}}',
    jobsFrom_other: 'Até **{{count}}** tarefas por vez pelo cargo {{role}}',
    deniedBy: '🚫 {{role}} não pode criar vídeos aqui',
    notAllowed: '🚫 Só {{roles}} podem criar vídeos aqui, e você não tem nenhum desses cargos',
    title: 'Limites por cargo neste servidor',
    none: 'Nenhum cargo tem limites próprios: todos os membros seguem as configurações do servidor.',
    allowOnly:
      'Só membros com um cargo **permitido** (e moderadores) podem criar vídeos. Quem tem vários cargos fica com o mais generoso; um cargo negado vale mais que tudo.',
    mostGenerous:
      'Quem tem vários cargos fica com o mais generoso (maior cota, mais tarefas por vez); um cargo negado vale mais que tudo.',
    line: '{{role}} — {{parts}}',
    label: { allowance: 'Cota', maxJobs: 'Tarefas por vez', access: 'Acesso' },
    access: { default: 'como todo mundo', allow: 'permitido', deny: 'negado' },
    serverSetting: 'configuração do servidor ({{value}})',
    nothingGiven: 'Nada para mudar: informe uma cota, um limite de tarefas ou um acesso para {{role}}.',
    tooMany: '⚠️ No máximo {{max}} cargos podem ter limites próprios. Remova um primeiro.',
    jobsZero:
      '⚠️ Um cargo precisa de pelo menos 1 tarefa por vez. Para impedir que os membros dele criem vídeos, defina o acesso como negado.',
    updated: '✅ {{role}}: {{changes}}',
    cleared: '✅ {{role}} não tem mais limites próprios.',
    nothingToClear: 'Nada mudou: {{role}} não tinha limites próprios.',
    log: {
      set: '🛠️ {{mod}} mudou os limites de {{role}}: {{changes}}',
      cleared: '🛠️ {{mod}} removeu os limites de {{role}}',
    },
  },
  queue: {
    title: 'Tarefas em andamento neste servidor',
    empty: 'Nenhuma tarefa está na fila ou renderizando neste servidor agora.',
    state: {
      queued: '⏳ **Na fila** (nº {{position}})',
      submitting: '📤 **Iniciando**',
      rendering: '🎬 **Renderizando**',
      delivering: '📦 **Enviando**',
      deliveryRetry: '📦 **Nova tentativa de download** {{when}} (o clipe já está renderizado)',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · “{{prompt}}” · {{credits}} · pedido {{age}}',
    more_one: '…e mais {{count}} tarefa.',
    more_many: '…e mais {{count}} tarefas.',
    more_other: '…e mais {{count}} tarefas.',
    hint: 'Cancelar interrompe uma tarefa na fila ou renderizando e reembolsa o membro.',
    cancelButton: 'Cancelar {{n}}',
    refresh: 'Atualizar',
    cancelled: '✅ Tarefa `{{job}}` de {{user}} cancelada; reembolso: {{credits}}.',
  },
  history: {
    title: 'Seus clipes neste servidor',
    empty: 'Você ainda não tem clipes neste servidor. Crie um com /video.',
    entry: '**{{n}}.** {{icon}} “{{prompt}}” · seed `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: 'na fila',
      submitting: 'iniciando',
      rendering: 'renderizando',
      delivering: 'enviando',
      done: 'pronto',
      failed: 'falhou',
      cancelled: 'cancelado',
      deleted: 'excluído',
      removed: 'removido pela moderação',
    },
    jump: ' · [ver]({{url}})',
    page: 'Página {{page}} de {{pages}} · mais recentes primeiro',
    previous: 'Anterior',
    next: 'Próxima',
    repost: 'Repostar {{n}}',
    notYours: 'Esses botões são do /clips de outra pessoa. Use /clips para ver os seus.',
    notDelivered: 'Esse clipe nunca foi entregue, então não há nada para repostar.',
    stillThere: 'Seu clipe ainda está lá: {{url}}',
    removed: 'A moderação removeu este clipe, então ele não é publicado de novo.',
    reposted: '📤 Postado de novo: {{url}}',
    expired_one:
      'O arquivo do vídeo não está mais disponível no renderizador (ele guarda os arquivos por uns 7 dias). Quer gerar de novo com a mesma seed e as mesmas configurações? Custa {{count}} crédito.',
    expired_many:
      'O arquivo do vídeo não está mais disponível no renderizador (ele guarda os arquivos por uns 7 dias). Quer gerar de novo com a mesma seed e as mesmas configurações? Custa {{count}} créditos.',
    expired_other:
      'O arquivo do vídeo não está mais disponível no renderizador (ele guarda os arquivos por uns 7 dias). Quer gerar de novo com a mesma seed e as mesmas configurações? Custa {{count}} créditos.',
    cannotPost: 'Não consegui postar em {{channel}}: talvez me faltem permissões lá. Fale com um moderador.',
  },
  help: {
    title: 'clipcast — vídeos curtos a partir de um prompt',
    about:
      'O clipcast transforma um prompt, com imagens ou um vídeo de referência se você quiser, em um vídeo curto com som. Cada clipe mostra a sua seed; com os botões dele você pode gerar de novo, repetir com a mesma seed, editar o prompt ou excluir. Um clipe custa créditos, que recarregam com o tempo; um clipe que falha ou é cancelado é reembolsado.',
    you: 'Você',
    balance: 'Saldo **{{balance}}** créditos · próxima recarga {{refill}}',
    allowance: 'Cota de {{allowance}} a cada {{hours}} h',
    jobs_one: 'Até {{count}} tarefa por vez',
    jobs_many: 'Até {{count}} tarefas por vez',
    jobs_other: 'Até {{count}} tarefas por vez',
    noRoles: 'Nenhum limite por cargo se aplica a você: valem as configurações do servidor.',
    blocked: '🚫 Você está bloqueado para criar vídeos aqui.',
    server: 'Este servidor',
    channels: 'Canais: {{channels}}',
    costs: 'Custo: {{costs}}',
    defaults: 'Padrão: {{duration}} s · {{aspectRatio}}',
    cooldown: 'Tempo de espera entre vídeos de um membro: {{cooldown}}',
    serverJobs: 'Até {{count}} tarefas por vez neste servidor',
    commands: 'Comandos',
    cmd: {
      video: '`/video prompt:…` — criar um clipe (proporção, duração, seed, até 14 imagens, um vídeo)',
      credits: '`/credits` — seu saldo, a próxima recarga e suas tarefas recentes',
      clips: '`/clips` — seus clipes página por página, com links e Repostar',
      help: '`/help` — este resumo',
      animate: '`Apps → Animar com clipcast` em uma mensagem com imagens — transforma as imagens em um clipe',
      clipcast: '`/clipcast …` — moderadores: créditos, cargos, a fila e as configurações do servidor',
    },
  },
  settings: {
    title: 'Configurações do clipcast neste servidor',
    everyChannel: 'todos os canais',
    label: {
      allowance: 'Cota',
      refillHours: 'Período de recarga',
      costPerSecond: 'Créditos por segundo de vídeo',
      cooldownSeconds: 'Tempo de espera',
      maxJobsPerUser: 'Tarefas por membro',
      maxJobsPerGuild: 'Tarefas neste servidor',
      allowedChannels: 'Canais permitidos',
      blockedWords: 'Palavras bloqueadas',
      logChannelId: 'Canal de logs',
      defaultAspectRatio: 'Proporção padrão',
      defaultDuration: 'Duração padrão',
      dailyBudgetUsd: 'Orçamento diário',
      costPreviewAt: 'Prévia de custo',
    },
    costPreviewValue_one: 'a partir de {{count}} crédito, ou mais da metade do saldo de um membro',
    costPreviewValue_many: 'a partir de {{count}} créditos, ou mais da metade do saldo de um membro',
    costPreviewValue_other: 'a partir de {{count}} créditos, ou mais da metade do saldo de um membro',
  },
  moderation: {
    moderatorOnly: 'Este é um comando de moderação (precisa da permissão Gerenciar servidor).',
    granted_one: '✅ {{user}} recebeu **{{count}}** crédito. Saldo agora: **{{balance}}**.',
    granted_many: '✅ {{user}} recebeu **{{count}}** créditos. Saldo agora: **{{balance}}**.',
    granted_other: '✅ {{user}} recebeu **{{count}}** créditos. Saldo agora: **{{balance}}**.',
    removed_one: '✅ **{{count}}** crédito removido de {{user}}. Saldo agora: **{{balance}}**.',
    removed_many: '✅ **{{count}}** créditos removidos de {{user}}. Saldo agora: **{{balance}}**.',
    removed_other: '✅ **{{count}}** créditos removidos de {{user}}. Saldo agora: **{{balance}}**.',
    positiveAmount: '⚠️ Informe uma quantidade de créditos maior que 0.',
    nothingToTake: 'Nada mudou: {{user}} não tem créditos para remover.',
    set: '✅ O saldo de {{user}} agora é **{{balance}}**.',
    reset: '✅ {{user}} voltou à cota completa de **{{balance}}**, com um novo período a partir de agora.',
    blocked: '✅ {{user}} não pode mais criar vídeos aqui.',
    unblocked: '✅ {{user}} pode criar vídeos de novo.',
    alreadyBlocked: 'Nada mudou: {{user}} já estava bloqueado.',
    alreadyUnblocked: 'Nada mudou: {{user}} não estava bloqueado.',
    pickChannel: '⚠️ Escolha um canal para adicionar ou remover.',
    giveWord: '⚠️ Informe a palavra ou expressão para adicionar ou remover.',
    wordInvisible:
      '⚠️ Essa palavra não tem letras visíveis, então não bloquearia nada. Digite a palavra em si.',
    nothingGiven: 'Nada para mudar: informe pelo menos uma opção. Configurações atuais:',
    nothingChanged: 'Nada mudou: essas já são as configurações.',
    balanceUnchanged: 'Nada mudou: esse já é o saldo.',
    updated: '✅ Atualizado: {{changes}}',
    change: '{{label}}: {{before}} → {{after}}',
    resetConfirm:
      'Redefinir **todas** as configurações do clipcast deste servidor para o padrão? Isso também desativa o canal de logs e limpa os canais permitidos e as palavras bloqueadas.',
    resetButton: 'Redefinir tudo',
    cancelButton: 'Manter minhas configurações',
    resetDone: '✅ Todas as configurações voltaram ao padrão.',
    resetKept: 'Nada mudou.',
    confirmExpired: 'Esta confirmação expirou. Use o comando de novo.',
    notYourConfirm: 'Só o moderador que pediu pode confirmar isto.',
    log: {
      granted: '🛠️ {{mod}} deu {{credits}} para {{user}} (saldo {{balance}}){{why}}',
      removed: '🛠️ {{mod}} removeu {{credits}} de {{user}} (saldo {{balance}}){{why}}',
      set: '🛠️ {{mod}} definiu o saldo de {{user}} como {{balance}}{{why}}',
      reset: '🛠️ {{mod}} redefiniu os créditos de {{user}} para {{balance}}',
      blocked: '🛠️ {{mod}} bloqueou {{user}}{{why}}',
      unblocked: '🛠️ {{mod}} desbloqueou {{user}}',
      settings: '🛠️ {{mod}} mudou as configurações: {{changes}}',
      settingsReset:
        '🛠️ {{mod}} redefiniu todas as configurações do clipcast para o padrão (este canal de logs agora está desativado)',
      cancelled: '🛠️ {{mod}} cancelou a tarefa {{job}} de {{user}} (reembolso: {{credits}})',
      why: ' — “{{reason}}”',
    },
  },
  animate: {
    title: 'Animar com clipcast',
    using_one: 'Usa a imagem desta mensagem como referência.',
    using_many: 'Usa as {{count}} imagens desta mensagem como referências, na ordem da mensagem.',
    using_other: 'Usa as {{count}} imagens desta mensagem como referências, na ordem da mensagem.',
    usingFirst: 'Usa as primeiras {{count}} imagens desta mensagem como referências, na ordem da mensagem.',
    promptLabel: 'O que deve acontecer',
    promptPlaceholder: 'ex.: o gato vira a cabeça devagar e pisca',
    aspectRatioLabel: 'Proporção',
    durationLabel: 'Duração',
    seedLabel: 'Seed (vazio ou -1 = aleatória)',
    noImages:
      '🖼️ Esta mensagem não tem imagens para animar (anexos ou imagens incorporadas em PNG, JPEG, WebP ou GIF). Escolha uma mensagem com imagens.',
    messageGone:
      '🖼️ Essa mensagem foi apagada nesse meio-tempo, então não há nada para animar (nada foi cobrado).',
    sourceGone:
      '🖼️ As imagens da mensagem original expiraram no Discord e essa mensagem foi apagada, então elas não existem mais. Use Animar em outra mensagem (nada foi cobrado).',
    sourceUnreadable:
      '🖼️ As imagens da mensagem original expiraram no Discord e o bot não conseguiu ler essa mensagem de novo (talvez não veja mais o canal). Use Animar na mensagem de novo (nada foi cobrado).',
    sourceChanged:
      '🖼️ A mensagem original não tem mais as imagens que este clipe usou (foi editada, ou o bot não vê os anexos dela). Use Animar nela de novo (nada foi cobrado).',
  },
  preview: {
    ask_one:
      '💳 Este clipe custa {{count}} crédito (você tem {{balance}}). Nada é cobrado até você apertar Criar.',
    ask_many:
      '💳 Este clipe custa {{count}} créditos (você tem {{balance}}). Nada é cobrado até você apertar Criar.',
    ask_other:
      '💳 Este clipe custa {{count}} créditos (você tem {{balance}}). Nada é cobrado até você apertar Criar.',
    what: '“{{prompt}}” · {{duration}} s · {{aspectRatio}}',
    make: 'Criar',
    cancel: 'Cancelar',
    cancelled: '✅ Cancelado: nada foi cobrado.',
    started: '✅ Iniciado: o status está no canal.',
    notStarted: 'Não iniciado (veja a resposta abaixo). Nada foi cobrado.',
    expired:
      '⌛ Esta prévia de custo expirou ou já foi respondida (nada foi cobrado). Use o comando de novo para criar o clipe.',
    notYours: 'Só o membro que pediu este clipe pode confirmá-lo.',
  },
  access: {
    unlisted:
      '🚫 O clipcast não está disponível neste servidor: o operador só o oferece para uma lista de servidores. Nada foi cobrado.',
  },
  money: {
    usedUp: {
      server:
        '💸 O orçamento de vídeo deste servidor para hoje acabou; ele renova {{when}}. Nada foi cobrado.',
      bot: '💸 O orçamento de vídeo do bot para hoje acabou; ele renova {{when}}. Nada foi cobrado.',
    },
    tooLittle: {
      server:
        '💸 O orçamento de vídeo deste servidor tem {{left}} sobrando hoje, não é suficiente para este vídeo (cerca de {{need}}). Um vídeo mais curto custa menos; o orçamento renova {{when}}. Nada foi cobrado.',
      bot: '💸 O orçamento de vídeo do bot tem {{left}} sobrando hoje, não é suficiente para este vídeo (cerca de {{need}}). Um vídeo mais curto custa menos; o orçamento renova {{when}}. Nada foi cobrado.',
    },
    budgetValue: '{{usd}} por dia (UTC)',
    noBudget: 'sem limite',
    giveBudget:
      '⚠️ Informe o orçamento diário em dólares americanos (`usd`), ou `remover: True` para tirar o limite.',
    stats: {
      title: 'Gastos do clipcast neste servidor',
      today: 'Hoje (UTC)',
      period: 'Últimos {{days}} dias',
      total_one: '**{{count}}** clipe · {{credits}} · {{usd}}',
      total_many: '**{{count}}** clipes · {{credits}} · {{usd}}',
      total_other: '**{{count}}** clipes · {{credits}} · {{usd}}',
      member_one: '{{user}} — {{count}} clipe · {{credits}} · {{usd}}',
      member_many: '{{user}} — {{count}} clipes · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} clipes · {{credits}} · {{usd}}',
      topToday: 'Membros que mais gastaram hoje',
      topPeriod: 'Membros que mais gastaram, últimos {{days}} dias',
      nobody: 'Nenhum clipe entregue.',
      budget: 'Orçamento do servidor hoje',
      budgetLimited:
        '{{spent}} gasto · {{held}} reservado · {{left}} restante de {{limit}} · renova {{when}}',
      budgetOpen:
        '{{spent}} gasto · {{held}} reservado · sem limite diário (`/clipcast configurações orçamento`)',
      footer:
        'Clipes e créditos contam os vídeos entregues (os que falham são reembolsados). Os dólares são o que a Segmind cobrou: o custo informado ou, quando não informou nenhum, a estimativa ({{price}} por segundo de vídeo).',
    },
    export: {
      done_one: '📄 O registro deste servidor de {{from}} a {{to}} (dias UTC): {{count}} entrada.',
      done_many: '📄 O registro deste servidor de {{from}} a {{to}} (dias UTC): {{count}} entradas.',
      done_other: '📄 O registro deste servidor de {{from}} a {{to}} (dias UTC): {{count}} entradas.',
      truncated:
        'As entradas mais antigas não couberam em um arquivo dentro do limite de envio deste servidor, então ele começa em {{from}}.',
      empty_one: 'Nada foi registrado neste servidor no último {{count}} dia.',
      empty_many: 'Nada foi registrado neste servidor nos últimos {{count}} dias.',
      empty_other: 'Nada foi registrado neste servidor nos últimos {{count}} dias.',
    },
  },
  commands: {
    animate: { name: 'Animar com clipcast' },
    video: {
      name: 'video',
      description:
        'Transforme um prompt (com imagens ou vídeo de referência opcionais) em um vídeo curto com som',
      prompt: { name: 'prompt', description: 'O que deve acontecer no vídeo (até 2000 caracteres)' },
      aspect_ratio: {
        name: 'proporção',
        description: 'Paisagem ou retrato (padrão: a configuração do servidor, senão 16:9)',
        choices: { '16:9': '16:9 paisagem', '9:16': '9:16 retrato' },
      },
      duration: {
        name: 'duração',
        description: 'Duração em segundos (padrão: a configuração do servidor, senão 5)',
        choices: { '3': '3 segundos', '5': '5 segundos', '10': '10 segundos' },
      },
      seed: { name: 'seed', description: 'Seed para um resultado reproduzível (-1 ou vazio = aleatória)' },
      image: { description: 'Imagem de referência {{n}} (PNG, JPEG, WebP ou GIF)' },
      video: { name: 'vídeo', description: 'Vídeo de referência (MP4, WebM ou MOV) — beta' },
    },
    credits: {
      name: 'credits',
      description: 'Seus créditos de vídeo: saldo, próxima recarga, custos e tarefas recentes (só você vê)',
    },
    clips: {
      name: 'clips',
      description: 'Seus clipes recentes neste servidor: prompt, seed, custo, links e Repostar (só você vê)',
    },
    help: {
      name: 'help',
      description:
        'O que o clipcast faz, seus créditos e limites e as configurações deste servidor (só você vê)',
    },
    clipcast: {
      name: 'clipcast',
      description: 'Ferramentas de moderação do clipcast: créditos, cargos, bloqueios, fila e configurações',
      queue: {
        name: 'fila',
        description: 'Tarefas na fila ou renderizando neste servidor, com Cancelar (reembolsado, registrado)',
      },
      role: {
        name: 'cargo',
        description: 'Cotas, limites de tarefas e acesso (permitir / negar) por cargo',
        set: {
          name: 'definir',
          description:
            'Definir a cota, o limite de tarefas ou o acesso de um cargo (vale o cargo mais generoso)',
          role: { name: 'cargo', description: 'O cargo (@everyone vale para todos os membros)' },
          allowance: {
            name: 'cota',
            description: 'Créditos por período de recarga (-1 = a cota do servidor)',
          },
          jobs: {
            name: 'tarefas',
            description: 'Tarefas não concluídas por vez (-1 = o limite do servidor)',
          },
          access: {
            name: 'acesso',
            description: 'Quem pode usar o bot',
            choices: {
              default: 'como todo mundo',
              allow: 'permitido (quando um cargo é permitido, só cargos permitidos podem usar o bot)',
              deny: 'negado (vale mais que qualquer outro cargo)',
            },
          },
        },
        clear: {
          name: 'limpar',
          description: 'Remover os limites de um cargo (os membros dele seguem as configurações do servidor)',
          role: { name: 'cargo', description: 'O cargo' },
        },
        show: { name: 'ver', description: 'Todos os cargos com limites próprios' },
      },
      credits: {
        name: 'créditos',
        description: 'Ver ou mudar os créditos de um membro',
        show: {
          name: 'ver',
          description: 'Saldo, reservas e tarefas recentes de um membro',
          user: { name: 'membro', description: 'De quem são os créditos' },
        },
        grant: {
          name: 'dar',
          description: 'Dar créditos a um membro',
          user: { name: 'membro', description: 'Quem vai recebê-los' },
          amount: { name: 'quantidade', description: 'Créditos a adicionar' },
          reason: { name: 'motivo', description: 'Por quê (aparece no canal de logs)' },
        },
        take: {
          name: 'remover',
          description: 'Tirar créditos de um membro',
          user: { name: 'membro', description: 'De quem' },
          amount: { name: 'quantidade', description: 'Créditos a remover (nunca abaixo de zero)' },
          reason: { name: 'motivo', description: 'Por quê (aparece no canal de logs)' },
        },
        set: {
          name: 'definir',
          description: 'Definir o saldo de um membro como um número exato',
          user: { name: 'membro', description: 'De quem é o saldo' },
          amount: { name: 'quantidade', description: 'O novo saldo' },
          reason: { name: 'motivo', description: 'Por quê (aparece no canal de logs)' },
        },
        reset: {
          name: 'redefinir',
          description: 'Voltar à cota completa, com um novo período a partir de agora',
          user: { name: 'membro', description: 'De quem são os créditos' },
        },
      },
      user: {
        name: 'membro',
        description: 'Bloquear ou desbloquear um membro para criar vídeos',
        block: {
          name: 'bloquear',
          description: 'Impedir um membro de criar vídeos',
          user: { name: 'membro', description: 'Quem bloquear' },
          reason: { name: 'motivo', description: 'Por quê (aparece no canal de logs)' },
        },
        unblock: {
          name: 'desbloquear',
          description: 'Deixar um membro bloqueado criar vídeos de novo',
          user: { name: 'membro', description: 'Quem desbloquear' },
        },
      },
      settings: {
        name: 'configurações',
        description: 'Configurações do servidor',
        show: { name: 'ver', description: 'Mostrar todas as configurações deste servidor' },
        credits: {
          name: 'créditos',
          description: 'Cota, período de recarga e custo',
          allowance: { name: 'cota', description: 'Créditos que cada membro recebe por período (padrão 30)' },
          refill_hours: { name: 'horas_recarga', description: 'Duração do período em horas (padrão 24)' },
          cost_per_second: {
            name: 'custo_por_segundo',
            description: 'Créditos por segundo de vídeo (padrão 1)',
          },
        },
        limits: {
          name: 'limites',
          description: 'Tempo de espera e limites de tarefas simultâneas',
          cooldown_seconds: {
            name: 'espera_segundos',
            description: 'Segundos entre dois vídeos do mesmo membro (padrão 0)',
          },
          user_jobs: {
            name: 'tarefas_por_membro',
            description: 'Tarefas não concluídas por membro (padrão 2)',
          },
          server_jobs: {
            name: 'tarefas_no_servidor',
            description: 'Tarefas não concluídas neste servidor (padrão 10)',
          },
        },
        channels: {
          name: 'canais',
          description: 'Onde o /video pode ser usado (nenhum listado = em todo lugar)',
          action: {
            name: 'ação',
            description: 'Adicionar, remover ou limpar',
            choices: {
              add: 'permitir um canal',
              remove: 'remover um canal',
              clear: 'permitir todos os canais',
            },
          },
          channel: { name: 'canal', description: 'O canal' },
        },
        words: {
          name: 'palavras',
          description:
            'Palavras e expressões bloqueadas (palavras inteiras, sem diferenciar maiúsculas ou acentos)',
          action: {
            name: 'ação',
            description: 'Adicionar, remover ou limpar',
            choices: {
              add: 'bloquear uma palavra',
              remove: 'desbloquear uma palavra',
              clear: 'limpar a lista',
            },
          },
          word: { name: 'palavra', description: 'A palavra ou expressão' },
        },
        'log-channel': {
          name: 'canal-de-logs',
          description: 'Para onde vão os logs de tarefas e de moderação (deixe vazio para desativar)',
          channel: { name: 'canal', description: 'O canal de logs' },
        },
        defaults: {
          name: 'padrões',
          description: 'Proporção e duração padrão do /video',
          aspect_ratio: {
            name: 'proporção',
            description: 'Proporção padrão',
            choices: { '16:9': '16:9 paisagem', '9:16': '9:16 retrato' },
          },
          duration: {
            name: 'duração',
            description: 'Duração padrão',
            choices: { '3': '3 segundos', '5': '5 segundos', '10': '10 segundos' },
          },
        },
        reset: { name: 'redefinir', description: 'Todas as configurações de volta ao padrão' },
        'cost-preview': {
          name: 'prévia-de-custo',
          description: 'Pedir aos membros que confirmem clipes caros antes de cobrar qualquer coisa',
          credits: {
            name: 'créditos',
            description: 'Perguntar a partir deste custo ou acima da metade do saldo (0 = desativado)',
          },
        },
        budget: {
          name: 'orçamento',
          description: 'Limite diário de gastos deste servidor em dólares americanos (dias UTC)',
          usd: {
            name: 'usd',
            description: 'Dólares por dia (um clipe custa cerca de US$ 0,10 por segundo de vídeo)',
          },
          clear: { name: 'remover', description: 'Tirar o limite' },
        },
      },
      stats: {
        name: 'estatisticas',
        description: 'Gastos de hoje e dos últimos 30 dias: o servidor e os membros que mais gastaram',
      },
      export: {
        name: 'exportar',
        description: 'O registro de créditos deste servidor como arquivo CSV',
        days: { name: 'dias', description: 'Quantos dias para trás (padrão e máximo: 90)' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **Alerta para o operador** — a Segmind está recusando os pedidos do bot: confira SEGMIND_API_KEY, o modelo e a conta em https://cloud.segmind.com. Vídeos novos são recusados (sem cobrança) até voltar a funcionar; o bot tenta de novo a cada poucos minutos.',
    credits:
      '💸 **Alerta para o operador** — a conta da Segmind ficou sem créditos: recarregue em https://cloud.segmind.com. Até lá, vídeos novos são recusados (sem cobrança); o bot tenta de novo a cada poucos minutos.',
    model_unavailable:
      '🛠️ **Alerta para o operador** — a Segmind não oferece mais o modelo `{{model}}` (descontinuado ou desconhecido). Defina SEGMIND_MODEL como um modelo disponível e reinicie o bot. Enquanto isso, vídeos novos são recusados (sem cobrança); o bot pergunta de novo a cada poucos minutos.',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next placeholder after a dollar sign
      '💰 **Alerta para o operador** — o saldo da Segmind está em ${{balance}}, abaixo de SEGMIND_LOW_BALANCE_USD (${{threshold}}). Recarregue em https://cloud.segmind.com antes que as renderizações comecem a falhar.',
  },
  log: {
    job: '🎬 {{user}} · “{{prompt}}”{{refs}} · seed {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ entregue',
    deliveredLink: '✅ entregue como link',
    failed: '❌ {{reason}} (reembolsado)',
    reason: {
      render_failed: 'a renderização falhou',
      content_blocked: 'recusado pelo filtro de conteúdo',
      submit_rejected: 'pedido recusado',
      uncertain_submit: 'interrompido durante o envio',
      expired: 'expirou no provedor',
      timeout: 'tempo esgotado',
      delivery: 'não entregue',
      result_unreadable: 'resultado ilegível',
      cancelled: 'cancelado',
      misconfigured: 'serviço mal configurado',
      model_unavailable: 'modelo indisponível',
      provider_down: 'serviço com falhas',
      damaged: 'estado salvo danificado',
      internal: 'erro interno',
    },
  },
} as const;
