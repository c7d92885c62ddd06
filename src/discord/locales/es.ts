/**
 * Spanish, for Spain and Latin America alike (`es-ES`, `es-419`): "tú", and words both use
 * ("video", "precio"). Same keys and {{placeholders}} as `en.ts` (test/discord/locales.test.ts).
 */
export const es = {
  common: {
    serversOnly: 'clipcast solo funciona en servidores.',
    commandGone: 'Este comando ya no está disponible.',
    internalError:
      'Algo falló por nuestra parte (ref. `{{ref}}`). No se te ha cobrado nada; vuelve a intentarlo.',
    busy: 'El bot está ocupado ahora mismo. Vuelve a intentarlo en un momento (no se te ha cobrado nada).',
    storageDown:
      'El almacenamiento del bot no está disponible por ahora. Vuelve a intentarlo en un minuto (no se te ha cobrado nada).',
    badCustomId: 'No reconozco ese botón o formulario. Puede que sea de una versión anterior del bot.',
    formExpired: 'Este formulario ha caducado. Pulsa el botón otra vez para obtener uno nuevo.',
    credits_one: '{{count}} crédito',
    credits_many: '{{count}} créditos',
    credits_other: '{{count}} créditos',
    seconds: '{{count}} s',
    hours: '{{count}} h',
    none: 'ninguno',
    off: 'desactivado',
    listSeparator: ', ',
    quoted: '«{{text}}»',
    twoSentences: '{{a}} {{b}}',
    fullStop: '.',
  },
  video: {
    invalid: {
      promptMissing: 'Falta el prompt.',
      promptEmpty: 'El prompt está vacío. Describe lo que debe pasar en el video.',
      promptTooLong: 'El prompt es demasiado largo: no pases de {{max}} caracteres.',
      promptInvisible: 'El prompt no tiene texto visible. Describe lo que debe pasar en el video.',
      promptControl: 'El prompt contiene caracteres de control invisibles. Escríbelo de nuevo sin ellos.',
      aspectRatio: 'La relación de aspecto debe ser {{choices}}.',
      duration: 'La duración debe ser de {{choices}} segundos.',
      seed: 'La semilla debe ser un número entero entre -1 y {{max}}.',
      tooManyImages: 'Se permiten como máximo {{max}} imágenes de referencia.',
      notImage: '{{label}} debe ser una imagen (PNG, JPEG, WebP o GIF); «{{name}}» no lo es.',
      notVideo: '{{label}} debe ser un video (MP4, WebM o MOV); «{{name}}» no lo es.',
      declaredOther: '{{label}} debe ser {{expected}}; «{{name}}» es {{declared}}.',
      empty: '{{label}} («{{name}}») no tiene contenido.',
      tooLarge: '{{label}} pesa demasiado ({{size}}); el límite es {{max}}.',
      noLink: '{{label}} no tiene un enlace válido. Vuelve a subir el archivo.',
      imageLabel: 'La imagen de referencia {{n}}',
      videoLabel: 'El video de referencia',
      anImage: 'una imagen (PNG, JPEG, WebP o GIF)',
      aVideo: 'un video (MP4, WebM o MOV)',
    },
    refused: {
      channel: '🚫 /video no está activado en este canal. Prueba en {{channels}}.',
      blockedWord:
        '🚫 Tu prompt contiene «{{word}}», que no está permitido en este servidor. Cámbialo y vuelve a intentarlo (no se te ha cobrado nada).',
      blocked:
        '🚫 Tienes bloqueada la creación de videos en este servidor. Si crees que es un error, pregunta a un moderador.',
      cooldown: '⏱️ Tiempo de espera: podrás crear tu próximo video {{when}}.',
      userJobs_one:
        '⏳ Ya tienes {{count}} video en curso (el límite aquí). Vuelve a intentarlo cuando termine.',
      userJobs_many:
        '⏳ Ya tienes {{count}} videos en curso (el límite aquí). Vuelve a intentarlo cuando termine alguno.',
      userJobs_other:
        '⏳ Ya tienes {{count}} videos en curso (el límite aquí). Vuelve a intentarlo cuando termine alguno.',
      guildJobs:
        '⏳ Este servidor ya tiene {{count}} videos en curso (su límite). Vuelve a intentarlo en un minuto.',
      balance_one:
        '💳 Este video cuesta **{{count}}** crédito y tienes **{{balance}}**. Tus créditos se recargan {{when}}; una duración más corta cuesta menos.',
      balance_many:
        '💳 Este video cuesta **{{count}}** créditos y tienes **{{balance}}**. Tus créditos se recargan {{when}}; una duración más corta cuesta menos.',
      balance_other:
        '💳 Este video cuesta **{{count}}** créditos y tienes **{{balance}}**. Tus créditos se recargan {{when}}; una duración más corta cuesta menos.',
      misconfigured:
        '🛠️ El servicio de video está mal configurado ahora mismo y ya se avisó {{told}}. No se te ha cobrado nada.',
      providerDown:
        '🌧️ El servicio de video está fallando ahora mismo. Vuelve a intentarlo {{when}} (no se te ha cobrado nada).',
      modelUnavailable:
        '🛠️ La creación de videos no está disponible ahora mismo: el modelo de video no está disponible en el proveedor, y ya se avisó {{told}}. No se te ha cobrado nada.',
      referencesExpired_one:
        '🖼️ Un archivo de referencia del trabajo original ya no está disponible en Discord (los archivos subidos a comandos caducan). Vuelve a usar /video con los archivos adjuntos.',
      referencesExpired_many:
        '🖼️ {{count}} archivos de referencia del trabajo original ya no están disponibles en Discord (los archivos subidos a comandos caducan). Vuelve a usar /video con los archivos adjuntos.',
      notAnImage:
        '🖼️ La imagen de referencia {{n}} no es realmente una imagen (sus primeros bytes dicen otra cosa). Adjunta un archivo PNG, JPEG, WebP o GIF (no se te ha cobrado nada).',
      notAVideo:
        '🎞️ El video de referencia no es realmente un video (sus primeros bytes dicen otra cosa). Adjunta un archivo MP4, WebM o MOV (no se te ha cobrado nada).',
      notDiscord: '🖼️ Los archivos de referencia deben estar subidos a Discord (no se te ha cobrado nada).',
      referencesExpired_other:
        '🖼️ {{count}} archivos de referencia del trabajo original ya no están disponibles en Discord (los archivos subidos a comandos caducan). Vuelve a usar /video con los archivos adjuntos.',
    },
    told: {
      logChannel: 'en el canal de registro de este servidor',
      owner: 'al propietario del bot',
    },
    started: '✅ Tu video está en camino: {{link}}',
    missingPermissions:
      '⚠️ Aviso: me falta Ver canal, Enviar mensajes, Insertar enlaces o Adjuntar archivos en este canal. Tu video está en camino, pero si tarda más de 15 minutos no podré publicarlo aquí (se te devolverían los créditos). Un moderador puede arreglar mis permisos.',
  },
  status: {
    accepted: '⏳ **Aceptado** — entrando en la cola…',
    settings: '{{duration}} s · {{aspectRatio}} · semilla {{seed}}',
    references_one: '{{count}} referencia',
    references_many: '{{count}} referencias',
    references_other: '{{count}} referencias',
    origin: {
      command: 'Continuación del trabajo {{parent}}',
      reroll: 'Nueva tirada del trabajo {{parent}}',
      same_seed: 'Trabajo {{parent}} con la misma semilla',
      edit: 'Versión editada del trabajo {{parent}}',
      animate: 'Animación de un mensaje',
    },
    queued: '⏳ **En cola**: posición **{{position}}**. Puedes cancelarlo hasta que empiece.',
    submitting: '📤 **Empezando**: enviando tu solicitud al renderizador…',
    rendering:
      '🎬 **Renderizando** {{bar}} {{percent}} % · {{elapsed}} transcurrido (suele tardar unos {{expected}} s, listo {{eta}})',
    delivering: '📦 **Subiendo** tu clip…',
    renderingLate:
      '🎬 **Renderizando** {{bar}} {{percent}} % · {{elapsed}} transcurrido — está tardando más de lo habitual (unos {{expected}} s); el clip se publicará aquí en cuanto esté listo.',
    deliveryRetry:
      '✅ **Tu clip está listo** — se ha renderizado, pero la descarga ha fallado por ahora. Se volverá a intentar {{when}}; no se pierde nada.',
  },
  result: {
    title: '🎞️ Tu clip está listo',
    ready: '{{user}} tu clip está listo.',
    link: 'El video supera el límite de subida de este servidor, así que aquí tienes un enlace (válido unos 7 días): {{link}}',
    ping: '{{user}} tu clip está listo: {{url}}',
    seed: 'Semilla',
    duration: 'Duración',
    aspectRatio: 'Relación de aspecto',
    cost: 'Precio',
    requestedBy: 'Pedido por',
    references: 'Referencias',
    footer: 'trabajo {{id}}',
    footerFrom: 'trabajo {{id}} · de {{parent}}',
  },
  failure: {
    cancelled: '❌ **Cancelado**',
    failed: '❌ **Falló**: {{reason}}',
    refunded_one: 'Se te devolvió {{count}} crédito.',
    refunded_many: 'Se te devolvieron {{count}} créditos.',
    refunded_other: 'Se te devolvieron {{count}} créditos.',
    providerSaid: 'El proveedor dijo: «{{reason}}»',
    advice: {
      safety:
        'Consejos que suelen ayudar: di lo que quieres en lugar de lo que no quieres (las frases con «no» suelen salir al revés), sé breve (unas 50 palabras), empieza por la cámara y el plano («un solo plano continuo, acercamiento lento») y explica para qué sirve cada imagen de referencia («usa la imagen 1 como personaje»). Pulsa **Editar** para reformularlo y volver a intentarlo.',
      referenceVideo:
        'Los videos de referencia subidos se rechazan mucho más que los prompts solos: vuelve a intentarlo sin el video o describe el movimiento con palabras. Pulsa **Editar** para volver a intentarlo.',
      referenceImage:
        'El renderizador no pudo usar una de las imágenes de referencia: comprueba que sean imágenes PNG, JPEG o WebP normales y que sigan disponibles, o pulsa **Editar** para intentarlo sin cambiarlas.',
    },
    code: {
      render_failed: 'El renderizador no pudo crear este video.',
      content_blocked: 'El filtro de contenido del renderizador rechazó esta solicitud.',
      submit_rejected: 'El renderizador no aceptó la solicitud. Vuelve a intentarlo en un momento.',
      uncertain_submit:
        'El bot se reinició mientras enviaba tu solicitud y no sabe si el renderizador la recibió, así que se detuvo aquí para no arriesgarse a cobrarte dos veces.',
      expired: 'El renderizador ya no tiene esta solicitud (caducó).',
      timeout: 'El renderizado tardó muchísimo más de lo habitual, así que el bot dejó de esperar.',
      delivery: 'El video se renderizó, pero no se pudo descargar ni publicar aquí.',
      result_unreadable:
        'El video se renderizó, pero la respuesta del renderizador no se pudo leer a tiempo; el propietario del bot aún puede recuperarlo.',
      cancelled: 'Cancelado.',
      misconfigured: 'El servicio de video está mal configurado ahora mismo; ya se avisó {{told}}.',
      model_unavailable:
        'La creación de videos no está disponible ahora mismo (el modelo de video no está disponible en el proveedor); ya se avisó {{told}}.',
      provider_down: 'El servicio de video está fallando ahora mismo. Vuelve a intentarlo en unos minutos.',
      damaged: 'El estado guardado de este trabajo estaba dañado, así que el bot lo detuvo.',
      internal: 'Algo falló por nuestra parte.',
    },
  },
  buttons: {
    reroll: 'Otra tirada',
    same: 'Misma semilla',
    edit: 'Editar',
    delete: 'Eliminar',
    cancel: 'Cancelar',
    editTitle: 'Editar y volver a crear',
    promptLabel: 'Prompt',
    seedLabel: 'Semilla (vacía o -1 = aleatoria)',
  },
  clip: {
    unknownJob: 'Ese trabajo ya no existe.',
    otherGuild: 'Ese botón pertenece a un trabajo de otro servidor.',
    notYourDelete: 'Solo quien lo pidió o un moderador puede eliminarlo.',
    notYourCancel: 'Solo quien lo pidió o un moderador puede cancelar este trabajo.',
    deleted: '🗑️ Eliminado.',
    cancelled: '✅ Cancelado. Se devolvieron {{credits}}.',
    notCancellable: 'Ese trabajo ya se está enviando o entregando, así que ya no se puede cancelar.',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} «{{prompt}}» · semilla {{seed}} · {{credits}}',
    title: 'Créditos de {{who}}',
    balance: 'Saldo',
    blocked: '(bloqueado)',
    reserved: 'Reservados',
    reservedValue: '{{count}} (en curso)',
    allowance: 'Asignación',
    allowanceValue: '{{allowance}} cada {{hours}} h',
    nextRefill: 'Próxima recarga',
    costs: 'Precio por video',
    recent: 'Trabajos recientes',
    noJobs: 'Todavía no hay videos.',
  },
  roles: {
    refused: {
      denied:
        '🚫 Tus roles no te permiten crear videos en este servidor. Si crees que es un error, pregunta a un moderador.',
      required:
        '🚫 Tus roles no te permiten crear videos aquí: solo pueden los miembros con {{roles}}. Si crees que deberías tener alguno, pregunta a un moderador.',
    },
    field: 'Tus roles',
    allowanceFrom: 'Asignación de **{{allowance}}** por {{role}}',
    jobsFrom_one: 'Hasta **{{count}}** trabajo a la vez por {{role}}',
    jobsFrom_many: 'Hasta **{{count}}** trabajos a la vez por {{role}}',
    jobsFrom_other: 'Hasta **{{count}}** trabajos a la vez por {{role}}',
    deniedBy: '🚫 {{role}} no puede crear videos aquí',
    notAllowed: '🚫 Solo {{roles}} pueden crear videos aquí, y no tienes ninguno de esos roles',
    title: 'Límites por rol en este servidor',
    none: 'Ningún rol tiene límites propios: todos los miembros tienen los ajustes del servidor.',
    allowOnly:
      'Solo los miembros con un rol **permitido** (y los moderadores) pueden crear videos. Quien tiene varios roles recibe el más generoso; un rol denegado se impone a todo.',
    mostGenerous:
      'Quien tiene varios roles recibe el más generoso (mayor asignación, más trabajos a la vez); un rol denegado se impone a todo.',
    line: '{{role}} — {{parts}}',
    label: { allowance: 'Asignación', maxJobs: 'Trabajos a la vez', access: 'Acceso' },
    access: { default: 'como todos', allow: 'permitido', deny: 'denegado' },
    serverSetting: 'ajuste del servidor ({{value}})',
    nothingGiven: 'Nada que cambiar: indica una asignación, un límite de trabajos o un acceso para {{role}}.',
    tooMany: '⚠️ Como máximo {{max}} roles pueden tener límites propios. Quita uno primero.',
    jobsZero:
      '⚠️ Un rol necesita al menos 1 trabajo a la vez. Para que sus miembros no creen videos, pon el acceso en denegado.',
    updated: '✅ {{role}}: {{changes}}',
    cleared: '✅ {{role}} ya no tiene límites propios.',
    nothingToClear: 'No cambió nada: {{role}} no tenía límites propios.',
    log: {
      set: '🛠️ {{mod}} cambió los límites de {{role}}: {{changes}}',
      cleared: '🛠️ {{mod}} quitó los límites de {{role}}',
    },
  },
  queue: {
    title: 'Trabajos en curso en este servidor',
    empty: 'Ahora mismo no hay trabajos en cola ni renderizándose en este servidor.',
    state: {
      queued: '⏳ **En cola** (n.º {{position}})',
      submitting: '📤 **Empezando**',
      rendering: '🎬 **Renderizando**',
      delivering: '📦 **Subiendo**',
      deliveryRetry: '📦 **Reintento de descarga** {{when}} (el clip ya está renderizado)',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · «{{prompt}}» · {{credits}} · pedido {{age}}',
    more_one: '…y {{count}} trabajo más.',
    more_many: '…y {{count}} trabajos más.',
    more_other: '…y {{count}} trabajos más.',
    hint: 'Cancelar detiene un trabajo en cola o renderizándose y le devuelve los créditos al miembro.',
    cancelButton: 'Cancelar {{n}}',
    refresh: 'Actualizar',
    cancelled: '✅ Cancelaste el trabajo `{{job}}` de {{user}}; se devolvieron {{credits}}.',
  },
  history: {
    title: 'Tus clips en este servidor',
    empty: 'Aún no tienes clips en este servidor. Crea uno con /video.',
    entry:
      '**{{n}}.** {{icon}} «{{prompt}}» · semilla `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: 'en cola',
      submitting: 'empezando',
      rendering: 'renderizando',
      delivering: 'subiendo',
      done: 'listo',
      failed: 'falló',
      cancelled: 'cancelado',
      deleted: 'eliminado',
      removed: 'eliminado por la moderación',
    },
    jump: ' · [ir]({{url}})',
    page: 'Página {{page}} de {{pages}} · primero los más recientes',
    previous: 'Anterior',
    next: 'Siguiente',
    repost: 'Volver a publicar {{n}}',
    notYours: 'Estos botones son del /clips de otra persona. Usa /clips para ver los tuyos.',
    notDelivered: 'Ese clip nunca se entregó, así que no hay nada que volver a publicar.',
    stillThere: 'Tu clip sigue ahí: {{url}}',
    removed: 'La moderación eliminó este clip, así que no se vuelve a publicar.',
    reposted: '📤 Publicado de nuevo: {{url}}',
    expired_one:
      'El archivo de video ya no está disponible en el renderizador (guarda los archivos unos 7 días). ¿Lo creamos de nuevo con la misma semilla y los mismos ajustes? Cuesta {{count}} crédito.',
    expired_many:
      'El archivo de video ya no está disponible en el renderizador (guarda los archivos unos 7 días). ¿Lo creamos de nuevo con la misma semilla y los mismos ajustes? Cuesta {{count}} créditos.',
    expired_other:
      'El archivo de video ya no está disponible en el renderizador (guarda los archivos unos 7 días). ¿Lo creamos de nuevo con la misma semilla y los mismos ajustes? Cuesta {{count}} créditos.',
    cannotPost: 'No pude publicar en {{channel}}: puede que me falten permisos ahí. Pregunta a un moderador.',
  },
  help: {
    title: 'clipcast: videos cortos a partir de un prompt',
    about:
      'clipcast convierte un prompt, con imágenes o un video de referencia si quieres, en un video corto con sonido. Cada clip muestra su semilla; con sus botones puedes hacer otra tirada, repetirlo con la misma semilla, editar el prompt o eliminarlo. Un clip cuesta créditos, que se recargan con el tiempo; si un clip falla o se cancela, se te devuelven.',
    you: 'Tú',
    balance: 'Saldo: **{{balance}}** créditos · próxima recarga {{refill}}',
    allowance: 'Asignación de {{allowance}} cada {{hours}} h',
    jobs_one: 'Hasta {{count}} trabajo a la vez',
    jobs_many: 'Hasta {{count}} trabajos a la vez',
    jobs_other: 'Hasta {{count}} trabajos a la vez',
    noRoles: 'No se te aplica ningún límite por rol: rigen los ajustes del servidor.',
    blocked: '🚫 Tienes bloqueada la creación de videos aquí.',
    server: 'Este servidor',
    channels: 'Canales: {{channels}}',
    costs: 'Precio: {{costs}}',
    defaults: 'Predeterminado: {{duration}} s · {{aspectRatio}}',
    cooldown: 'Espera entre dos videos de un miembro: {{cooldown}}',
    serverJobs: 'Hasta {{count}} trabajos a la vez en este servidor',
    commands: 'Comandos',
    cmd: {
      video:
        '`/video prompt:…` — crea un clip (relación de aspecto, duración, semilla, hasta 14 imágenes, un video)',
      credits: '`/credits` — tu saldo, la próxima recarga y tus trabajos recientes',
      clips: '`/clips` — tus clips página a página, con enlaces y la opción de volver a publicarlos',
      help: '`/help` — este resumen',
      animate: '`Apps → Animar con clipcast` en un mensaje con imágenes — convierte sus imágenes en un clip',
      clipcast: '`/clipcast …` — moderadores: créditos, roles, la cola y los ajustes del servidor',
    },
  },
  settings: {
    title: 'Ajustes de clipcast en este servidor',
    everyChannel: 'todos los canales',
    label: {
      allowance: 'Asignación',
      refillHours: 'Periodo de recarga',
      costPerSecond: 'Créditos por segundo de video',
      cooldownSeconds: 'Tiempo de espera',
      maxJobsPerUser: 'Trabajos por miembro',
      maxJobsPerGuild: 'Trabajos en este servidor',
      allowedChannels: 'Canales permitidos',
      blockedWords: 'Palabras bloqueadas',
      logChannelId: 'Canal de registro',
      defaultAspectRatio: 'Relación de aspecto predeterminada',
      defaultDuration: 'Duración predeterminada',
      dailyBudgetUsd: 'Presupuesto diario',
      costPreviewAt: 'Vista previa del coste',
    },
    costPreviewValue_one: 'desde {{count}} crédito, o más de la mitad del saldo de un miembro',
    costPreviewValue_many: 'desde {{count}} créditos, o más de la mitad del saldo de un miembro',
    costPreviewValue_other: 'desde {{count}} créditos, o más de la mitad del saldo de un miembro',
  },
  moderation: {
    moderatorOnly: 'Este comando es para moderadores (requiere el permiso Gestionar servidor).',
    granted_one: '✅ Diste **{{count}}** crédito a {{user}}. Su saldo ahora es **{{balance}}**.',
    granted_many: '✅ Diste **{{count}}** créditos a {{user}}. Su saldo ahora es **{{balance}}**.',
    granted_other: '✅ Diste **{{count}}** créditos a {{user}}. Su saldo ahora es **{{balance}}**.',
    removed_one: '✅ Quitaste **{{count}}** crédito a {{user}}. Su saldo ahora es **{{balance}}**.',
    removed_many: '✅ Quitaste **{{count}}** créditos a {{user}}. Su saldo ahora es **{{balance}}**.',
    removed_other: '✅ Quitaste **{{count}}** créditos a {{user}}. Su saldo ahora es **{{balance}}**.',
    positiveAmount: '⚠️ Indica una cantidad de créditos mayor que 0.',
    nothingToTake: 'No cambió nada: {{user}} no tiene créditos que quitar.',
    set: '✅ El saldo de {{user}} ahora es **{{balance}}**.',
    reset:
      '✅ {{user}} vuelve a tener la asignación completa de **{{balance}}**, con un periodo nuevo desde ahora.',
    blocked: '✅ {{user}} ya no puede crear videos aquí.',
    unblocked: '✅ {{user}} puede volver a crear videos.',
    alreadyBlocked: 'No cambió nada: {{user}} ya estaba bloqueado.',
    alreadyUnblocked: 'No cambió nada: {{user}} no estaba bloqueado.',
    pickChannel: '⚠️ Elige un canal para añadir o quitar.',
    giveWord: '⚠️ Indica la palabra o frase que quieres añadir o quitar.',
    wordInvisible:
      '⚠️ Esa palabra no tiene letras visibles, así que no bloquearía nada. Escribe la palabra en sí.',
    nothingGiven: 'Nada que cambiar: indica al menos una opción. Ajustes actuales:',
    nothingChanged: 'No cambió nada: esos ya son los ajustes.',
    balanceUnchanged: 'No cambió nada: ese ya es el saldo.',
    updated: '✅ Actualizado: {{changes}}',
    change: '{{label}}: {{before}} → {{after}}',
    resetConfirm:
      '¿Restablecer **todos** los ajustes de clipcast de este servidor a sus valores predeterminados? Esto también desactiva el canal de registro y vacía los canales permitidos y las palabras bloqueadas.',
    resetButton: 'Restablecer todo',
    cancelButton: 'Conservar mis ajustes',
    resetDone: '✅ Todos los ajustes han vuelto a sus valores predeterminados.',
    resetKept: 'No cambió nada.',
    confirmExpired: 'Esta confirmación ha caducado. Vuelve a usar el comando.',
    notYourConfirm: 'Solo el moderador que lo pidió puede confirmarlo.',
    log: {
      granted: '🛠️ {{mod}} dio {{credits}} a {{user}} (saldo {{balance}}){{why}}',
      removed: '🛠️ {{mod}} quitó {{credits}} a {{user}} (saldo {{balance}}){{why}}',
      set: '🛠️ {{mod}} fijó el saldo de {{user}} en {{balance}}{{why}}',
      reset: '🛠️ {{mod}} restableció los créditos de {{user}} a {{balance}}',
      blocked: '🛠️ {{mod}} bloqueó a {{user}}{{why}}',
      unblocked: '🛠️ {{mod}} desbloqueó a {{user}}',
      settings: '🛠️ {{mod}} cambió los ajustes: {{changes}}',
      settingsReset:
        '🛠️ {{mod}} restableció todos los ajustes de clipcast a sus valores predeterminados (este canal de registro queda desactivado)',
      cancelled: '🛠️ {{mod}} canceló el trabajo {{job}} de {{user}} (se devolvieron {{credits}})',
      why: ' — «{{reason}}»',
    },
  },
  animate: {
    title: 'Animar con clipcast',
    using_one: 'Usa la imagen de este mensaje como referencia.',
    using_many: 'Usa las {{count}} imágenes de este mensaje como referencias, en su orden.',
    using_other: 'Usa las {{count}} imágenes de este mensaje como referencias, en su orden.',
    usingFirst: 'Usa las primeras {{count}} imágenes de este mensaje como referencias, en su orden.',
    promptLabel: 'Qué debe pasar',
    promptPlaceholder: 'p. ej. el gato gira lentamente la cabeza y parpadea',
    aspectRatioLabel: 'Relación de aspecto',
    durationLabel: 'Duración',
    seedLabel: 'Semilla (vacía o -1 = aleatoria)',
    noImages:
      '🖼️ Este mensaje no tiene imágenes para animar (adjuntos o imágenes incrustadas en PNG, JPEG, WebP o GIF). Elige un mensaje con imágenes.',
    messageGone:
      '🖼️ Ese mensaje se ha borrado mientras tanto, así que no hay nada que animar (no se te cobró nada).',
    sourceGone:
      '🖼️ Las imágenes del mensaje original han caducado en Discord y ese mensaje se ha borrado, así que ya no están. Usa Animar en otro mensaje (no se te cobró nada).',
    sourceUnreadable:
      '🖼️ Las imágenes del mensaje original han caducado en Discord y el bot no pudo volver a leer ese mensaje (quizá ya no ve el canal). Vuelve a usar Animar en el mensaje (no se te cobró nada).',
    sourceChanged:
      '🖼️ El mensaje original ya no tiene las imágenes que usó este clip (se editó, o el bot no ve sus adjuntos). Vuelve a usar Animar en él (no se te cobró nada).',
  },
  preview: {
    ask_one:
      '💳 Este clip cuesta {{count}} crédito (tienes {{balance}}). No se cobra nada hasta que pulses Hacerlo.',
    ask_many:
      '💳 Este clip cuesta {{count}} créditos (tienes {{balance}}). No se cobra nada hasta que pulses Hacerlo.',
    ask_other:
      '💳 Este clip cuesta {{count}} créditos (tienes {{balance}}). No se cobra nada hasta que pulses Hacerlo.',
    what: '“{{prompt}}” · {{duration}} s · {{aspectRatio}}',
    make: 'Hacerlo',
    cancel: 'Cancelar',
    cancelled: '✅ Cancelado: no se te cobró nada.',
    started: '✅ En marcha: el estado está en el canal.',
    notStarted: 'No se inició (mira la respuesta de abajo). No se te cobró nada.',
    expired:
      '⌛ Esta vista previa del coste ha caducado o ya se respondió (no se te cobró nada). Vuelve a usar el comando para hacer el clip.',
    notYours: 'Solo el miembro que pidió este clip puede confirmarlo.',
  },
  access: {
    unlisted:
      '🚫 clipcast no está disponible en este servidor: su operador solo lo ofrece a una lista de servidores. No se te ha cobrado nada.',
  },
  money: {
    usedUp: {
      server:
        '💸 El presupuesto de vídeo de este servidor para hoy se ha agotado; se renueva {{when}}. No se te ha cobrado nada.',
      bot: '💸 El presupuesto de vídeo del bot para hoy se ha agotado; se renueva {{when}}. No se te ha cobrado nada.',
    },
    tooLittle: {
      server:
        '💸 Al presupuesto de vídeo de este servidor le quedan hoy {{left}}, no es suficiente para este vídeo (unos {{need}}). Un vídeo más corto cuesta menos; el presupuesto se renueva {{when}}. No se te ha cobrado nada.',
      bot: '💸 Al presupuesto de vídeo del bot le quedan hoy {{left}}, no es suficiente para este vídeo (unos {{need}}). Un vídeo más corto cuesta menos; el presupuesto se renueva {{when}}. No se te ha cobrado nada.',
    },
    budgetValue: '{{usd}} al día (UTC)',
    noBudget: 'sin límite',
    giveBudget:
      '⚠️ Indica el presupuesto diario en dólares estadounidenses (`usd`), o `quitar: True` para eliminar el límite.',
    stats: {
      title: 'Gasto de clipcast en este servidor',
      today: 'Hoy (UTC)',
      period: 'Últimos {{days}} días',
      total_one: '**{{count}}** clip · {{credits}} · {{usd}}',
      total_many: '**{{count}}** clips · {{credits}} · {{usd}}',
      total_other: '**{{count}}** clips · {{credits}} · {{usd}}',
      member_one: '{{user}} — {{count}} clip · {{credits}} · {{usd}}',
      member_many: '{{user}} — {{count}} clips · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} clips · {{credits}} · {{usd}}',
      topToday: 'Miembros que más gastan hoy',
      topPeriod: 'Miembros que más gastan, últimos {{days}} días',
      nobody: 'No se entregó ningún clip.',
      budget: 'Presupuesto del servidor hoy',
      budgetLimited:
        '{{spent}} gastado · {{held}} reservado · quedan {{left}} de {{limit}} · se renueva {{when}}',
      budgetOpen:
        '{{spent}} gastado · {{held}} reservado · sin límite diario (`/clipcast ajustes presupuesto`)',
      footer:
        'Los clips y créditos cuentan los vídeos entregados (los fallidos se reembolsan). Los dólares son lo que Segmind cobró: el coste que informó o, si no informó ninguno, la estimación ({{price}} por segundo de vídeo).',
    },
    export: {
      done_one: '📄 El registro de este servidor del {{from}} al {{to}} (días UTC): {{count}} entrada.',
      done_many: '📄 El registro de este servidor del {{from}} al {{to}} (días UTC): {{count}} entradas.',
      done_other: '📄 El registro de este servidor del {{from}} al {{to}} (días UTC): {{count}} entradas.',
      truncated:
        'Las entradas más antiguas no cabían en un archivo dentro del límite de subida de este servidor, así que empieza el {{from}}.',
      empty_one: 'No se registró nada en este servidor en el último {{count}} día.',
      empty_many: 'No se registró nada en este servidor en los últimos {{count}} días.',
      empty_other: 'No se registró nada en este servidor en los últimos {{count}} días.',
    },
  },
  commands: {
    animate: { name: 'Animar con clipcast' },
    video: {
      name: 'video',
      description:
        'Convierte un prompt (con imágenes o video de referencia opcionales) en un video corto con sonido',
      prompt: { name: 'prompt', description: 'Qué debe pasar en el video (hasta 2000 caracteres)' },
      aspect_ratio: {
        name: 'proporción',
        description: 'Horizontal o vertical (por defecto: el ajuste del servidor, si no 16:9)',
        choices: { '16:9': '16:9 horizontal', '9:16': '9:16 vertical' },
      },
      duration: {
        name: 'duración',
        description: 'Duración en segundos (por defecto: el ajuste del servidor, si no 5)',
        choices: { '3': '3 segundos', '5': '5 segundos', '10': '10 segundos' },
      },
      seed: {
        name: 'semilla',
        description: 'Semilla para un resultado reproducible (-1 o vacío = aleatoria)',
      },
      image: { description: 'Imagen de referencia {{n}} (PNG, JPEG, WebP o GIF)' },
      video: { name: 'video', description: 'Video de referencia (MP4, WebM o MOV), en beta' },
    },
    credits: {
      name: 'credits',
      description:
        'Tus créditos de video: saldo, próxima recarga, precios y trabajos recientes (solo tú lo ves)',
    },
    clips: {
      name: 'clips',
      description:
        'Tus clips recientes aquí: prompt, semilla, precio, enlaces y volver a publicar (solo tú lo ves)',
    },
    help: {
      name: 'help',
      description:
        'Qué hace clipcast, tus créditos y límites, y los ajustes de este servidor (solo tú lo ves)',
    },
    clipcast: {
      name: 'clipcast',
      description: 'Moderación de clipcast: créditos, roles, bloqueos, la cola y los ajustes del servidor',
      queue: {
        name: 'cola',
        description:
          'Trabajos en cola o renderizándose en este servidor, con Cancelar (con reembolso y registro)',
      },
      role: {
        name: 'rol',
        description: 'Asignaciones, límites de trabajos y acceso (permitir / denegar) por rol',
        set: {
          name: 'fijar',
          description:
            'Fijar la asignación, el límite de trabajos o el acceso de un rol (cuenta el más generoso)',
          role: { name: 'rol', description: 'El rol (@everyone se aplica a todos los miembros)' },
          allowance: {
            name: 'asignación',
            description: 'Créditos por periodo de recarga (-1 = la asignación del servidor)',
          },
          jobs: {
            name: 'trabajos',
            description: 'Trabajos sin terminar a la vez (-1 = el límite del servidor)',
          },
          access: {
            name: 'acceso',
            description: 'Quién puede usar el bot',
            choices: {
              default: 'como los demás',
              allow: 'permitido (si hay un rol permitido, solo los roles permitidos pueden usar el bot)',
              deny: 'denegado (se impone a cualquier otro rol)',
            },
          },
        },
        clear: {
          name: 'quitar',
          description: 'Quitar los límites de un rol (sus miembros tendrán los ajustes del servidor)',
          role: { name: 'rol', description: 'El rol' },
        },
        show: { name: 'ver', description: 'Todos los roles con límites propios' },
      },
      credits: {
        name: 'créditos',
        description: 'Ver o cambiar los créditos de un miembro',
        show: {
          name: 'ver',
          description: 'Saldo, reservas y trabajos recientes de un miembro',
          user: { name: 'miembro', description: 'De quién son los créditos' },
        },
        grant: {
          name: 'dar',
          description: 'Dar créditos a un miembro',
          user: { name: 'miembro', description: 'Quién los recibe' },
          amount: { name: 'cantidad', description: 'Créditos que se añaden' },
          reason: { name: 'motivo', description: 'Por qué (se muestra en el canal de registro)' },
        },
        take: {
          name: 'quitar',
          description: 'Quitar créditos a un miembro',
          user: { name: 'miembro', description: 'A quién' },
          amount: { name: 'cantidad', description: 'Créditos que se quitan (nunca por debajo de cero)' },
          reason: { name: 'motivo', description: 'Por qué (se muestra en el canal de registro)' },
        },
        set: {
          name: 'fijar',
          description: 'Fijar el saldo de un miembro en una cifra exacta',
          user: { name: 'miembro', description: 'De quién es el saldo' },
          amount: { name: 'cantidad', description: 'El nuevo saldo' },
          reason: { name: 'motivo', description: 'Por qué (se muestra en el canal de registro)' },
        },
        reset: {
          name: 'restablecer',
          description: 'Volver a la asignación completa, con un periodo nuevo desde ahora',
          user: { name: 'miembro', description: 'De quién son los créditos' },
        },
      },
      user: {
        name: 'miembro',
        description: 'Bloquear o desbloquear a un miembro para crear videos',
        block: {
          name: 'bloquear',
          description: 'Impedir que un miembro cree videos',
          user: { name: 'miembro', description: 'A quién bloquear' },
          reason: { name: 'motivo', description: 'Por qué (se muestra en el canal de registro)' },
        },
        unblock: {
          name: 'desbloquear',
          description: 'Permitir que un miembro bloqueado vuelva a crear videos',
          user: { name: 'miembro', description: 'A quién desbloquear' },
        },
      },
      settings: {
        name: 'ajustes',
        description: 'Ajustes del servidor',
        show: { name: 'ver', description: 'Mostrar todos los ajustes de este servidor' },
        credits: {
          name: 'créditos',
          description: 'Asignación, periodo de recarga y precio',
          allowance: {
            name: 'asignación',
            description: 'Créditos que recibe cada miembro por periodo (por defecto 30)',
          },
          refill_hours: {
            name: 'horas_recarga',
            description: 'Duración del periodo en horas (por defecto 24)',
          },
          cost_per_second: {
            name: 'créditos_por_segundo',
            description: 'Créditos por segundo de video (por defecto 1)',
          },
        },
        limits: {
          name: 'límites',
          description: 'Tiempo de espera y límites de trabajos simultáneos',
          cooldown_seconds: {
            name: 'espera_segundos',
            description: 'Segundos entre dos videos de un mismo miembro (por defecto 0)',
          },
          user_jobs: {
            name: 'trabajos_por_miembro',
            description: 'Trabajos sin terminar por miembro (por defecto 2)',
          },
          server_jobs: {
            name: 'trabajos_del_servidor',
            description: 'Trabajos sin terminar en este servidor (por defecto 10)',
          },
        },
        channels: {
          name: 'canales',
          description: 'Dónde se puede usar /video (si no hay ninguno, en todas partes)',
          action: {
            name: 'acción',
            description: 'Añadir, quitar o vaciar',
            choices: {
              add: 'permitir un canal',
              remove: 'quitar un canal',
              clear: 'permitir todos los canales',
            },
          },
          channel: { name: 'canal', description: 'El canal' },
        },
        words: {
          name: 'palabras',
          description: 'Palabras y frases bloqueadas (palabras completas, sin importar mayúsculas ni tildes)',
          action: {
            name: 'acción',
            description: 'Añadir, quitar o vaciar',
            choices: {
              add: 'bloquear una palabra',
              remove: 'desbloquear una palabra',
              clear: 'vaciar la lista',
            },
          },
          word: { name: 'palabra', description: 'La palabra o frase' },
        },
        'log-channel': {
          name: 'canal-de-registro',
          description:
            'Adónde van los registros de trabajos y de moderación (déjalo vacío para desactivarlo)',
          channel: { name: 'canal', description: 'El canal de registro' },
        },
        defaults: {
          name: 'predeterminados',
          description: 'Relación de aspecto y duración predeterminadas de /video',
          aspect_ratio: {
            name: 'proporción',
            description: 'Relación de aspecto predeterminada',
            choices: { '16:9': '16:9 horizontal', '9:16': '9:16 vertical' },
          },
          duration: {
            name: 'duración',
            description: 'Duración predeterminada',
            choices: { '3': '3 segundos', '5': '5 segundos', '10': '10 segundos' },
          },
        },
        reset: { name: 'restablecer', description: 'Todos los ajustes a sus valores predeterminados' },
        'cost-preview': {
          name: 'vista-previa-de-coste',
          description: 'Pedir a los miembros que confirmen los clips caros antes de cobrar nada',
          credits: {
            name: 'créditos',
            description: 'Preguntar desde estos créditos o más de la mitad del saldo (0 = desactivado)',
          },
        },
        budget: {
          name: 'presupuesto',
          description: 'Límite de gasto diario de este servidor en dólares estadounidenses (días UTC)',
          usd: {
            name: 'usd',
            description: 'Dólares al día (un clip cuesta unos 0,10 $ por segundo de vídeo)',
          },
          clear: { name: 'quitar', description: 'Eliminar el límite' },
        },
      },
      stats: {
        name: 'estadisticas',
        description: 'Gasto de hoy y de los últimos 30 días: el servidor y sus miembros que más gastan',
      },
      export: {
        name: 'exportar',
        description: 'El registro de créditos de este servidor como archivo CSV',
        days: { name: 'dias', description: 'Cuántos días atrás (por defecto y como máximo: 90)' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **Aviso para el operador**: Segmind rechaza las solicitudes del bot. Revisa SEGMIND_API_KEY, el modelo y la cuenta en https://cloud.segmind.com. Los videos nuevos se rechazan (sin cobrar nada) hasta que vuelva a funcionar; el bot lo reintenta cada pocos minutos.',
    credits:
      '💸 **Aviso para el operador**: la cuenta de Segmind se ha quedado sin créditos. Recárgala en https://cloud.segmind.com. Hasta entonces, los videos nuevos se rechazan (sin cobrar nada); el bot lo reintenta cada pocos minutos.',
    model_unavailable:
      '🛠️ **Aviso para el operador**: Segmind ya no ofrece el modelo `{{model}}` (retirado o desconocido). Pon en SEGMIND_MODEL un modelo disponible y reinicia el bot. Mientras tanto, los videos nuevos se rechazan (sin cobrar nada); el bot vuelve a consultar cada pocos minutos.',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next placeholder after a dollar sign
      '💰 **Aviso para el operador**: el saldo de Segmind es de ${{balance}}, por debajo de SEGMIND_LOW_BALANCE_USD (${{threshold}}). Recárgalo en https://cloud.segmind.com antes de que empiecen a fallar los renderizados.',
  },
  log: {
    job: '🎬 {{user}} · «{{prompt}}»{{refs}} · semilla {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ entregado',
    deliveredLink: '✅ entregado como enlace',
    failed: '❌ {{reason}} (reembolsado)',
    reason: {
      render_failed: 'el renderizado falló',
      content_blocked: 'rechazado por el filtro de contenido',
      submit_rejected: 'solicitud rechazada',
      uncertain_submit: 'interrumpido al enviar',
      expired: 'caducado en el proveedor',
      timeout: 'tiempo agotado',
      delivery: 'no entregado',
      result_unreadable: 'resultado ilegible',
      cancelled: 'cancelado',
      misconfigured: 'servicio mal configurado',
      model_unavailable: 'modelo no disponible',
      provider_down: 'servicio con fallos',
      damaged: 'estado guardado dañado',
      internal: 'error interno',
    },
  },
} as const;
