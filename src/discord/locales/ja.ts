/**
 * Japanese. Same keys and {{placeholders}} as `en.ts` (test/discord/locales.test.ts checks it);
 * Japanese has one plural form, so plural keys have only `_other`. Polite but short (です・ます).
 */
export const ja = {
  common: {
    serversOnly: 'clipcast はサーバー内でのみ使えます。',
    commandGone: 'このコマンドは現在使えません。',
    internalError:
      'こちら側で問題が発生しました（参照番号 `{{ref}}`）。クレジットは消費されていません。もう一度お試しください。',
    busy: 'ただいま混み合っています。少し待ってからもう一度お試しください（クレジットは消費されていません）。',
    storageDown:
      'ボットのストレージが一時的に使えません。1分ほど待ってからもう一度お試しください（クレジットは消費されていません）。',
    badCustomId: 'このボタンまたはフォームは認識できません。古いバージョンのボットのものかもしれません。',
    formExpired: 'このフォームは期限切れです。もう一度ボタンを押して、新しいフォームを開いてください。',
    credits_other: '{{count}} クレジット',
    seconds: '{{count}}秒',
    hours: '{{count}}時間',
    none: 'なし',
    off: 'オフ',
    listSeparator: '、',
    quoted: '「{{text}}」',
    twoSentences: '{{a}}{{b}}',
    fullStop: '。',
  },
  video: {
    invalid: {
      promptMissing: 'プロンプトがありません。',
      promptEmpty: 'プロンプトが空です。動画の中で起きてほしいことを書いてください。',
      promptTooLong: 'プロンプトが長すぎます。{{max}}文字未満にしてください。',
      promptInvisible: 'プロンプトに見える文字がありません。動画の中で起きてほしいことを書いてください。',
      promptControl: 'プロンプトに見えない制御文字が含まれています。制御文字なしで入力し直してください。',
      aspectRatio: 'アスペクト比は {{choices}} のいずれかにしてください。',
      duration: '長さは {{choices}} 秒のいずれかにしてください。',
      seed: 'シードは -1 から {{max}} までの整数にしてください。',
      tooManyImages: '参照画像は {{max}} 枚までです。',
      notImage: '{{label}}は画像（PNG、JPEG、WebP、GIF）にしてください。「{{name}}」は画像ではありません。',
      notVideo: '{{label}}は動画（MP4、WebM、MOV）にしてください。「{{name}}」は動画ではありません。',
      declaredOther: '{{label}}は{{expected}}にしてください。「{{name}}」は {{declared}} です。',
      empty: '{{label}}（「{{name}}」）は空です。',
      tooLarge: '{{label}}が大きすぎます（{{size}}）。上限は {{max}} です。',
      noLink: '{{label}}に使えるリンクがありません。もう一度アップロードしてください。',
      imageLabel: '参照画像{{n}}',
      videoLabel: '参照動画',
      anImage: '画像（PNG、JPEG、WebP、GIF）',
      aVideo: '動画（MP4、WebM、MOV）',
    },
    refused: {
      channel: '🚫 このチャンネルでは /video を使えません。{{channels}} でお試しください。',
      blockedWord:
        '🚫 プロンプトに「{{word}}」が含まれていますが、このサーバーでは使えない言葉です。言い換えてもう一度お試しください（クレジットは消費されていません）。',
      blocked:
        '🚫 このサーバーでは動画の作成がブロックされています。間違いだと思う場合はモデレーターに相談してください。',
      cooldown: '⏱️ クールダウン中です。次の動画は{{when}}から作成できます。',
      userJobs_other:
        '⏳ すでに {{count}} 本の動画を作成中です（このサーバーの上限）。どれかが終わってからもう一度お試しください。',
      guildJobs:
        '⏳ このサーバーではすでに {{count}} 本の動画を作成中です（サーバーの上限）。1分ほど待ってからもう一度お試しください。',
      balance_other:
        '💳 この動画には **{{count}}** クレジット必要ですが、残りは **{{balance}}** です。クレジットは{{when}}に補充されます。短い長さにすると必要なクレジットが減ります。',
      misconfigured:
        '🛠️ 動画サービスの設定に問題が起きています。{{told}}に通知済みです。クレジットは消費されていません。',
      providerDown:
        '🌧️ 動画サービスで障害が起きています。{{when}}にもう一度お試しください（クレジットは消費されていません）。',
      modelUnavailable:
        '🛠️ 現在、動画を作成できません。動画モデルが提供元で利用できなくなっています。{{told}}に通知済みです。クレジットは消費されていません。',
      notAnImage:
        '🖼️ 参照画像{{n}}は実際には画像ではありません（ファイルの先頭バイトが一致しません）。PNG、JPEG、WebP、GIF ファイルを添付してください（クレジットは消費されていません）。',
      notAVideo:
        '🎞️ 参照動画は実際には動画ではありません（ファイルの先頭バイトが一致しません）。MP4、WebM、MOV ファイルを添付してください（クレジットは消費されていません）。',
      notDiscord:
        '🖼️ 参照ファイルは Discord にアップロードしたものにしてください（クレジットは消費されていません）。',
      referencesExpired_other:
        '🖼️ 元のジョブの参照ファイル {{count}} 件が Discord 上でもう利用できません（コマンドでアップロードしたファイルには期限があります）。ファイルを添付して、もう一度 /video を実行してください。',
    },
    told: {
      logChannel: 'このサーバーのログチャンネル',
      owner: 'ボットの管理者',
    },
    started: '✅ 動画の作成を始めました：{{link}}',
    missingPermissions:
      '⚠️ ご注意：このチャンネルでの「チャンネルを見る」「メッセージを送信」「埋め込みリンク」「ファイルを添付」のいずれかの権限が足りません。動画は作成中ですが、15分以上かかるとここに投稿できません（その場合はクレジットが返却されます）。モデレーターが権限を直せます。',
  },
  status: {
    accepted: '⏳ **受付済み** — 順番待ちに並んでいます…',
    settings: '{{duration}}秒 · {{aspectRatio}} · シード {{seed}}',
    references_other: '参照 {{count}} 件',
    origin: {
      command: 'ジョブ {{parent}} の続き',
      reroll: 'ジョブ {{parent}} の作り直し',
      same_seed: 'ジョブ {{parent}} と同じシードで作成',
      edit: 'ジョブ {{parent}} の編集版',
      animate: 'メッセージのアニメーション',
    },
    queued: '⏳ **順番待ち** — **{{position}}** 番目です。始まるまではキャンセルできます。',
    submitting: '📤 **開始中** — リクエストをレンダラーに送っています…',
    rendering:
      '🎬 **レンダリング中** {{bar}} {{percent}}% · 経過 {{elapsed}}（通常は約 {{expected}} 秒、{{eta}}に完成予定）',
    delivering: '📦 **アップロード中** — クリップを送っています…',
    renderingLate:
      '🎬 **レンダリング中** {{bar}} {{percent}}% · 経過 {{elapsed}} — 通常（約 {{expected}} 秒）より時間がかかっています。完成しだいここに投稿します。',
    deliveryRetry:
      '✅ **クリップは完成しています** — ただしダウンロードに一時的に失敗しました。{{when}}に再試行します。クリップは失われません。',
  },
  result: {
    title: '🎞️ クリップができました',
    ready: '{{user}} クリップができました。',
    link: '動画がこのサーバーのアップロード上限を超えているため、リンクでお届けします（約7日間有効）：{{link}}',
    ping: '{{user}} クリップができました：{{url}}',
    seed: 'シード',
    duration: '長さ',
    aspectRatio: 'アスペクト比',
    cost: 'コスト',
    requestedBy: 'リクエストした人',
    references: '参照',
    footer: 'ジョブ {{id}}',
    footerFrom: 'ジョブ {{id}} · 元ジョブ {{parent}}',
  },
  failure: {
    cancelled: '❌ **キャンセルしました**',
    failed: '❌ **失敗しました** — {{reason}}',
    refunded_other: '{{count}} クレジットを返却しました。',
    providerSaid: '提供元からのメッセージ：「{{reason}}」',
    advice: {
      safety:
        'うまくいきやすいコツ：避けたいことより、やってほしいことを書く（「〜しない」「〜なし」という書き方は逆効果になりがちです）、短くまとめる（英語で50語ほど）、カメラとショットから書き始める（「ワンカットの長回し、ゆっくりドリーイン」）、参照画像それぞれの役割を書く（「画像1をキャラクターとして使う」）。**編集** を押すと、書き直してもう一度試せます。',
      referenceVideo:
        'アップロードした参照動画は、プロンプトだけの場合よりずっと断られやすいです。動画なしで試すか、動きを言葉で説明してください。**編集** を押すともう一度試せます。',
      referenceImage:
        'レンダラーが参照画像の1つを使えませんでした。通常の PNG、JPEG、WebP 画像で、まだ利用できるものか確認してください。変更せずにもう一度試すなら **編集** を押してください。',
    },
    code: {
      render_failed: 'レンダラーがこの動画を作成できませんでした。',
      content_blocked: 'レンダラーのコンテンツフィルターがこのリクエストを拒否しました。',
      submit_rejected: 'レンダラーがリクエストを受け付けませんでした。少し待ってからもう一度お試しください。',
      uncertain_submit:
        'リクエストの送信中にボットが再起動し、レンダラーに届いたか確認できませんでした。二重に請求しないよう、ここで止めています。',
      expired: 'レンダラー側にこのリクエストがもうありません（期限切れです）。',
      timeout: 'レンダリングに普段よりずっと時間がかかったため、待つのをやめました。',
      delivery: '動画はレンダリングされましたが、ダウンロードまたはここへの投稿ができませんでした。',
      result_unreadable:
        '動画はレンダリングされましたが、レンダラーの応答を時間内に読み取れませんでした。ボットの管理者ならまだ取得できます。',
      cancelled: 'キャンセルしました。',
      misconfigured: '動画サービスの設定に問題が起きています。{{told}}に通知済みです。',
      model_unavailable:
        '現在、動画を作成できません（動画モデルが提供元で利用できなくなっています）。{{told}}に通知済みです。',
      provider_down: '動画サービスで障害が起きています。数分後にもう一度お試しください。',
      damaged: 'このジョブの保存データが壊れていたため、ボットが停止しました。',
      internal: 'こちら側で問題が発生しました。',
    },
  },
  buttons: {
    reroll: '作り直す',
    same: '同じシード',
    edit: '編集',
    delete: '削除',
    cancel: 'キャンセル',
    editTitle: '編集してもう一度作成',
    promptLabel: 'プロンプト',
    seedLabel: 'シード（空欄または -1 でランダム）',
  },
  clip: {
    unknownJob: 'そのジョブはもう存在しません。',
    otherGuild: 'このボタンは別のサーバーのジョブのものです。',
    notYourDelete: '削除できるのは、リクエストした人かモデレーターだけです。',
    notYourCancel: 'このジョブをキャンセルできるのは、リクエストした人かモデレーターだけです。',
    deleted: '🗑️ 削除しました。',
    cancelled: '✅ キャンセルしました。{{credits}}を返却しました。',
    notCancellable: 'このジョブはすでに送信中または配信中のため、キャンセルできません。',
  },
  credits: {
    recentJob: '`{{id}}` {{icon}} 「{{prompt}}」 · シード {{seed}} · {{credits}}',
    title: 'クレジット — {{who}}',
    balance: '残高',
    blocked: '（ブロック中）',
    reserved: '予約中',
    reservedValue: '{{count}}（作成中）',
    allowance: '付与量',
    allowanceValue: '{{hours}} 時間ごとに {{allowance}}',
    nextRefill: '次の補充',
    costs: '動画1本のコスト',
    recent: '最近のジョブ',
    noJobs: 'まだ動画はありません。',
  },
  roles: {
    refused: {
      denied:
        '🚫 あなたのロールでは、このサーバーで動画を作成できません。間違いだと思う場合はモデレーターに相談してください。',
      required:
        '🚫 あなたのロールでは、ここで動画を作成できません。作成できるのは {{roles}} を持つメンバーだけです。持っているはずだと思う場合はモデレーターに相談してください。',
    },
    field: 'あなたのロール',
    allowanceFrom: '{{role}} により付与量 **{{allowance}}**',
    jobsFrom_other: '{{role}} により同時に **{{count}}** 件まで',
    deniedBy: '🚫 {{role}} はここで動画を作成できません',
    notAllowed: '🚫 ここで動画を作成できるのは {{roles}} だけですが、どれも持っていません',
    title: 'このサーバーのロール別の制限',
    none: '独自の制限を持つロールはありません。全メンバーにサーバーの設定が適用されます。',
    allowOnly:
      '**許可**されたロールを持つメンバー（とモデレーター）だけが動画を作成できます。複数のロールを持つメンバーには最も条件のよいロールが適用され、拒否されたロールはすべてに優先します。',
    mostGenerous:
      '複数のロールを持つメンバーには、最も条件のよいロール（付与量と同時ジョブ数が最も多いもの）が適用されます。拒否されたロールはすべてに優先します。',
    line: '{{role}} — {{parts}}',
    label: { allowance: '付与量', maxJobs: '同時ジョブ数', access: 'アクセス' },
    access: { default: '他のメンバーと同じ', allow: '許可', deny: '拒否' },
    serverSetting: 'サーバーの設定（{{value}}）',
    nothingGiven:
      '変更するものがありません。{{role}} の付与量、同時ジョブ数、アクセスのいずれかを指定してください。',
    tooMany: '⚠️ 独自の制限を持てるロールは {{max}} 個までです。先にどれかを解除してください。',
    jobsZero:
      '⚠️ ロールの同時ジョブ数は1以上にしてください。メンバーに動画を作らせたくない場合は、アクセスを拒否にしてください。',
    updated: '✅ {{role}}：{{changes}}',
    cleared: '✅ {{role}} の独自の制限を解除しました。',
    nothingToClear: '変更はありません：{{role}} には独自の制限がありませんでした。',
    log: {
      set: '🛠️ {{mod}} が {{role}} の制限を変更しました：{{changes}}',
      cleared: '🛠️ {{mod}} が {{role}} の制限を解除しました',
    },
  },
  queue: {
    title: 'このサーバーで進行中のジョブ',
    empty: '現在、このサーバーで順番待ちやレンダリング中のジョブはありません。',
    state: {
      queued: '⏳ **順番待ち**（{{position}} 番目）',
      submitting: '📤 **開始中**',
      rendering: '🎬 **レンダリング中**',
      delivering: '📦 **アップロード中**',
      deliveryRetry: '📦 **ダウンロード再試行** {{when}}（クリップは完成済み）',
    },
    entry: '**{{n}}.** {{state}} · {{user}} · 「{{prompt}}」 · {{credits}} · {{age}}にリクエスト',
    more_other: '…ほか {{count}} 件のジョブ。',
    hint: 'キャンセルすると、順番待ちまたはレンダリング中のジョブを止めて、メンバーにクレジットを返却します。',
    cancelButton: '{{n}} をキャンセル',
    refresh: '更新',
    cancelled: '✅ {{user}} のジョブ `{{job}}` をキャンセルし、{{credits}}を返却しました。',
  },
  history: {
    title: 'このサーバーでのあなたのクリップ',
    empty: 'このサーバーにはまだクリップがありません。/video で作ってみましょう。',
    entry:
      '**{{n}}.** {{icon}} 「{{prompt}}」 · シード `{{seed}}` · {{credits}} · {{state}} · {{age}}{{link}}',
    state: {
      queued: '順番待ち',
      submitting: '開始中',
      rendering: 'レンダリング中',
      delivering: 'アップロード中',
      done: '完了',
      failed: '失敗',
      cancelled: 'キャンセル',
      deleted: '削除済み',
      removed: 'モデレーターが削除',
    },
    jump: ' · [移動]({{url}})',
    page: '{{page}} / {{pages}} ページ · 新しい順',
    previous: '前へ',
    next: '次へ',
    repost: '{{n}} を再投稿',
    notYours: 'これらのボタンは他の人の /clips のものです。自分のクリップは /clips で確認してください。',
    notDelivered: 'このクリップは配信されなかったため、再投稿できません。',
    stillThere: 'クリップはまだあります：{{url}}',
    removed: 'このクリップはモデレーターが削除したため、再投稿されません。',
    reposted: '📤 再投稿しました：{{url}}',
    expired_other:
      '動画ファイルはレンダラー側でもう利用できません（ファイルの保存期間は約7日間です）。同じシードと設定でもう一度作成しますか？{{count}} クレジットかかります。',
    cannotPost:
      '{{channel}} に投稿できませんでした。権限が足りないかもしれません。モデレーターに相談してください。',
  },
  help: {
    title: 'clipcast — プロンプトから短い動画を',
    about:
      'clipcast は、プロンプト（と任意の参照画像や動画）から音声付きの短い動画を作ります。各クリップにはシードが表示され、ボタンで作り直し、同じシードでの再作成、プロンプトの編集、削除ができます。クリップの作成にはクレジットが必要で、クレジットは時間とともに補充されます。失敗またはキャンセルしたクリップのクレジットは返却されます。',
    you: 'あなた',
    balance: '残高 **{{balance}}** クレジット · 次の補充 {{refill}}',
    allowance: '{{hours}} 時間ごとに {{allowance}} を付与',
    jobs_other: '同時に {{count}} 件まで',
    noRoles: 'あなたにはロール別の制限はなく、サーバーの設定が適用されます。',
    blocked: '🚫 ここでは動画の作成がブロックされています。',
    server: 'このサーバー',
    channels: 'チャンネル：{{channels}}',
    costs: 'コスト：{{costs}}',
    defaults: '既定値：{{duration}}秒 · {{aspectRatio}}',
    cooldown: 'メンバーごとの動画作成の間隔：{{cooldown}}',
    serverJobs: 'サーバー全体で同時に {{count}} 件まで',
    commands: 'コマンド',
    cmd: {
      video: '`/video プロンプト:…` — クリップを作成（アスペクト比、長さ、シード、画像14枚まで、動画1本）',
      credits: '`/credits` — 残高、次の補充、最近のジョブ',
      clips: '`/clips` — 自分のクリップをページごとに表示（リンクと再投稿付き）',
      help: '`/help` — この概要',
      animate:
        '画像のあるメッセージで `アプリ → clipcastでアニメーション化` — その画像からクリップを作ります',
      clipcast: '`/clipcast …` — モデレーター向け：クレジット、ロール、キュー、サーバー設定',
    },
  },
  settings: {
    title: 'このサーバーの clipcast 設定',
    everyChannel: 'すべてのチャンネル',
    label: {
      allowance: '付与量',
      refillHours: '補充の間隔',
      costPerSecond: '動画1秒あたりのクレジット',
      cooldownSeconds: 'クールダウン',
      maxJobsPerUser: 'メンバーごとのジョブ数',
      maxJobsPerGuild: 'このサーバーのジョブ数',
      allowedChannels: '許可されたチャンネル',
      blockedWords: '禁止ワード',
      logChannelId: 'ログチャンネル',
      defaultAspectRatio: '既定のアスペクト比',
      defaultDuration: '既定の長さ',
      dailyBudgetUsd: '1日の予算',
      costPreviewAt: '費用の確認',
    },
    costPreviewValue_other: '{{count}} クレジット以上、またはメンバーの残高の半分を超えるとき',
  },
  moderation: {
    moderatorOnly: 'これはモデレーター用のコマンドです（「サーバー管理」権限が必要です）。',
    granted_other:
      '✅ {{user}} に **{{count}}** クレジットを付与しました。現在の残高は **{{balance}}** です。',
    removed_other:
      '✅ {{user}} から **{{count}}** クレジットを差し引きました。現在の残高は **{{balance}}** です。',
    positiveAmount: '⚠️ 1以上のクレジット数を指定してください。',
    nothingToTake: '変更はありません：{{user}} には差し引けるクレジットがありません。',
    set: '✅ {{user}} の残高を **{{balance}}** にしました。',
    reset: '✅ {{user}} の残高を満額の **{{balance}}** に戻し、期間を今から新しく始めました。',
    blocked: '✅ {{user}} はこのサーバーで動画を作成できなくなりました。',
    unblocked: '✅ {{user}} は再び動画を作成できます。',
    alreadyBlocked: '変更はありません：{{user}} はすでにブロックされています。',
    alreadyUnblocked: '変更はありません：{{user}} はブロックされていません。',
    pickChannel: '⚠️ 追加または削除するチャンネルを選んでください。',
    giveWord: '⚠️ 追加または削除する単語やフレーズを入力してください。',
    wordInvisible: '⚠️ この単語には見える文字がないため、何も禁止できません。単語そのものを入力してください。',
    nothingGiven: '変更するものがありません。オプションを1つ以上指定してください。現在の設定：',
    nothingChanged: '変更はありません：すでにその設定になっています。',
    balanceUnchanged: '変更はありません：すでにその残高です。',
    updated: '✅ 更新しました：{{changes}}',
    change: '{{label}}：{{before}} → {{after}}',
    resetConfirm:
      'このサーバーの clipcast 設定を**すべて**初期値に戻しますか？ログチャンネルもオフになり、許可チャンネルと禁止ワードも空になります。',
    resetButton: 'すべてリセット',
    cancelButton: '設定をそのままにする',
    resetDone: '✅ すべての設定を初期値に戻しました。',
    resetKept: '変更はありません。',
    confirmExpired: 'この確認は期限切れです。もう一度コマンドを実行してください。',
    notYourConfirm: '確認できるのは、コマンドを実行したモデレーターだけです。',
    log: {
      granted: '🛠️ {{mod}} が {{user}} に {{credits}}を付与しました（残高 {{balance}}）{{why}}',
      removed: '🛠️ {{mod}} が {{user}} から {{credits}}を差し引きました（残高 {{balance}}）{{why}}',
      set: '🛠️ {{mod}} が {{user}} の残高を {{balance}} にしました{{why}}',
      reset: '🛠️ {{mod}} が {{user}} のクレジットを {{balance}} にリセットしました',
      blocked: '🛠️ {{mod}} が {{user}} をブロックしました{{why}}',
      unblocked: '🛠️ {{mod}} が {{user}} のブロックを解除しました',
      settings: '🛠️ {{mod}} が設定を変更しました：{{changes}}',
      settingsReset:
        '🛠️ {{mod}} が clipcast の設定をすべて初期値に戻しました（このログチャンネルは今後使われません）',
      cancelled: '🛠️ {{mod}} が {{user}} のジョブ {{job}} をキャンセルしました（{{credits}}を返却）',
      why: ' — 「{{reason}}」',
    },
  },
  animate: {
    title: 'clipcastでアニメーション化',
    using_other: 'このメッセージの画像 {{count}} 枚を、メッセージの順番どおりに参照として使います。',
    usingFirst: 'このメッセージの最初の {{count}} 枚の画像を、メッセージの順番どおりに参照として使います。',
    promptLabel: 'どうなってほしいか',
    promptPlaceholder: '例：猫がゆっくり首をかしげてまばたきする',
    aspectRatioLabel: 'アスペクト比',
    durationLabel: '長さ',
    seedLabel: 'シード（空欄または -1 でランダム）',
    noImages:
      '🖼️ このメッセージにはアニメーション化できる画像がありません（PNG・JPEG・WebP・GIF の添付ファイルまたは画像の埋め込み）。画像のあるメッセージを選んでください。',
    messageGone:
      '🖼️ そのメッセージはその間に削除されたため、アニメーション化するものがありません（料金はかかっていません）。',
    sourceGone:
      '🖼️ 元のメッセージの画像は Discord 上で期限切れになり、そのメッセージも削除されたため、画像はもうありません。別のメッセージでアニメーション化を使ってください（料金はかかっていません）。',
    sourceUnreadable:
      '🖼️ 元のメッセージの画像は Discord 上で期限切れになり、ボットはそのメッセージを読み直せませんでした（チャンネルが見えなくなったのかもしれません）。もう一度そのメッセージでアニメーション化を使ってください（料金はかかっていません）。',
    sourceChanged:
      '🖼️ 元のメッセージには、このクリップが使った画像がもうありません（編集されたか、ボットが添付ファイルを見られません）。もう一度そのメッセージでアニメーション化を使ってください（料金はかかっていません）。',
  },
  preview: {
    ask_other:
      '💳 このクリップは {{count}} クレジットです（残高 {{balance}}）。「作成」を押すまで料金はかかりません。',
    what: '「{{prompt}}」 · {{duration}} 秒 · {{aspectRatio}}',
    make: '作成',
    cancel: 'キャンセル',
    cancelled: '✅ キャンセルしました。料金はかかっていません。',
    started: '✅ 開始しました。状況はチャンネルに表示されます。',
    notStarted: '開始されませんでした（下の返信を見てください）。料金はかかっていません。',
    expired:
      '⌛ この費用の確認は期限切れか、すでに回答済みです（料金はかかっていません）。クリップを作るにはもう一度コマンドを実行してください。',
    notYours: 'このクリップを確認できるのは、依頼したメンバーだけです。',
  },
  access: {
    unlisted:
      '🚫 このサーバーでは clipcast を利用できません。運営者は特定のサーバーでのみ提供しています。クレジットは消費されていません。',
  },
  money: {
    usedUp: {
      server:
        '💸 このサーバーの本日の動画予算を使い切りました。予算は{{when}}にリセットされます。クレジットは消費されていません。',
      bot: '💸 ボットの本日の動画予算を使い切りました。予算は{{when}}にリセットされます。クレジットは消費されていません。',
    },
    tooLittle: {
      server:
        '💸 このサーバーの本日の動画予算は残り{{left}}で、この動画（約{{need}}）には足りません。短い動画なら安くなります。予算は{{when}}にリセットされます。クレジットは消費されていません。',
      bot: '💸 ボットの本日の動画予算は残り{{left}}で、この動画（約{{need}}）には足りません。短い動画なら安くなります。予算は{{when}}にリセットされます。クレジットは消費されていません。',
    },
    budgetValue: '1日あたり {{usd}}（UTC）',
    noBudget: '上限なし',
    giveBudget: '⚠️ 1日の予算を米ドルで指定してください（`usd`）。上限を外すには `解除: True` を指定します。',
    stats: {
      title: 'このサーバーの clipcast 利用額',
      today: '今日（UTC）',
      period: '過去{{days}}日間',
      total_other: '**{{count}}** 本 · {{credits}} · {{usd}}',
      member_other: '{{user}} — {{count}} 本 · {{credits}} · {{usd}}',
      topToday: '今日の上位メンバー',
      topPeriod: '上位メンバー（過去{{days}}日間）',
      nobody: '納品されたクリップはありません。',
      budget: '本日のサーバー予算',
      budgetLimited: '使用 {{spent}} · 予約 {{held}} · 残り {{left}} / {{limit}} · リセット {{when}}',
      budgetOpen: '使用 {{spent}} · 予約 {{held}} · 1日の上限なし（`/clipcast 設定 予算`）',
      footer:
        'クリップ数とクレジットは納品された動画のみです（失敗したものは返金されます）。ドルは Segmind が請求した額で、報告された費用、報告がない場合は見積もり（動画1秒あたり {{price}}）です。',
    },
    export: {
      done_other: '📄 このサーバーの台帳 {{from}} 〜 {{to}}（UTC日）: {{count}} 件。',
      truncated:
        '古い記録はこのサーバーのアップロード上限内の1ファイルに収まらなかったため、{{from}} から始まります。',
      empty_other: 'このサーバーでは過去{{count}}日間、何も記録されていません。',
    },
  },
  commands: {
    animate: { name: 'clipcastでアニメーション化' },
    video: {
      name: 'video',
      description: 'プロンプト（と任意の参照画像・参照動画）から、音声付きの短い動画を作ります',
      prompt: { name: 'プロンプト', description: '動画の中で起きてほしいこと（2000文字まで）' },
      aspect_ratio: {
        name: 'アスペクト比',
        description: '横長か縦長か（既定：サーバーの設定、なければ 16:9）',
        choices: { '16:9': '16:9 横長', '9:16': '9:16 縦長' },
      },
      duration: {
        name: '長さ',
        description: '秒単位の長さ（既定：サーバーの設定、なければ 5）',
        choices: { '3': '3秒', '5': '5秒', '10': '10秒' },
      },
      seed: { name: 'シード', description: '結果を再現するためのシード（-1 または空欄でランダム）' },
      image: { description: '参照画像 {{n}}（PNG、JPEG、WebP、GIF）' },
      video: { name: '参照動画', description: '参照動画（MP4、WebM、MOV）— ベータ版' },
    },
    credits: {
      name: 'credits',
      description: '動画用クレジット：残高、次の補充、コスト、最近のジョブ（自分にだけ表示）',
    },
    clips: {
      name: 'clips',
      description:
        'このサーバーでの最近のクリップ：プロンプト、シード、コスト、リンク、再投稿（自分にだけ表示）',
    },
    help: {
      name: 'help',
      description: 'clipcast の使い方、自分のクレジットと制限、このサーバーの設定（自分にだけ表示）',
    },
    clipcast: {
      name: 'clipcast',
      description: 'clipcast のモデレーター用ツール：クレジット、ロール、ブロック、キュー、サーバー設定',
      queue: {
        name: 'キュー',
        description: 'このサーバーで順番待ち・レンダリング中のジョブ（キャンセルで返却・記録）',
      },
      role: {
        name: 'ロール',
        description: 'ロールごとの付与量、同時ジョブ数、アクセス（許可／拒否）',
        set: {
          name: '指定',
          description: 'ロールの付与量、同時ジョブ数、アクセスを設定します（最も条件のよいロールが適用）',
          role: { name: 'ロール', description: '対象のロール（@everyone は全メンバーに適用）' },
          allowance: { name: '付与量', description: '補充期間ごとのクレジット（-1 でサーバーの付与量）' },
          jobs: {
            name: '同時ジョブ数',
            description: '同時に実行できる未完了ジョブ数（-1 でサーバーの上限）',
          },
          access: {
            name: 'アクセス',
            description: 'ボットを使えるメンバー',
            choices: {
              default: '他のメンバーと同じ',
              allow: '許可（許可されたロールがあると、許可されたロールだけがボットを使えます）',
              deny: '拒否（他のどのロールよりも優先）',
            },
          },
        },
        clear: {
          name: '解除',
          description: 'ロールの制限を解除します（メンバーにはサーバーの設定が適用されます）',
          role: { name: 'ロール', description: '対象のロール' },
        },
        show: { name: '表示', description: '独自の制限を持つすべてのロール' },
      },
      credits: {
        name: 'クレジット',
        description: 'メンバーのクレジットを確認・変更します',
        show: {
          name: '表示',
          description: 'メンバーの残高、予約中のクレジット、最近のジョブ',
          user: { name: 'メンバー', description: '対象のメンバー' },
        },
        grant: {
          name: '付与',
          description: 'メンバーにクレジットを付与します',
          user: { name: 'メンバー', description: '付与する相手' },
          amount: { name: '数量', description: '追加するクレジット' },
          reason: { name: '理由', description: '理由（ログチャンネルに表示されます）' },
        },
        take: {
          name: '差し引き',
          description: 'メンバーのクレジットを差し引きます',
          user: { name: 'メンバー', description: '対象のメンバー' },
          amount: { name: '数量', description: '差し引くクレジット（0未満にはなりません）' },
          reason: { name: '理由', description: '理由（ログチャンネルに表示されます）' },
        },
        set: {
          name: '指定',
          description: 'メンバーの残高を指定した数にします',
          user: { name: 'メンバー', description: '対象のメンバー' },
          amount: { name: '数量', description: '新しい残高' },
          reason: { name: '理由', description: '理由（ログチャンネルに表示されます）' },
        },
        reset: {
          name: 'リセット',
          description: '満額の付与量に戻し、期間を今から新しく始めます',
          user: { name: 'メンバー', description: '対象のメンバー' },
        },
      },
      user: {
        name: 'メンバー',
        description: 'メンバーの動画作成をブロック・解除します',
        block: {
          name: 'ブロック',
          description: 'メンバーが動画を作成できないようにします',
          user: { name: 'メンバー', description: 'ブロックするメンバー' },
          reason: { name: '理由', description: '理由（ログチャンネルに表示されます）' },
        },
        unblock: {
          name: 'ブロック解除',
          description: 'ブロック中のメンバーが再び動画を作成できるようにします',
          user: { name: 'メンバー', description: 'ブロックを解除するメンバー' },
        },
      },
      settings: {
        name: '設定',
        description: 'サーバーの設定',
        show: { name: '表示', description: 'このサーバーのすべての設定を表示します' },
        credits: {
          name: 'クレジット',
          description: '付与量、補充の間隔、コスト',
          allowance: { name: '付与量', description: '各メンバーが期間ごとに受け取るクレジット（既定 30）' },
          refill_hours: { name: '補充間隔', description: '期間の長さ（時間、既定 24）' },
          cost_per_second: { name: '秒あたりのコスト', description: '動画1秒あたりのクレジット（既定 1）' },
        },
        limits: {
          name: '制限',
          description: 'クールダウンと同時ジョブ数の上限',
          cooldown_seconds: {
            name: 'クールダウン',
            description: 'メンバーが次の動画を作れるまでの秒数（既定 0）',
          },
          user_jobs: {
            name: 'メンバーごとのジョブ数',
            description: 'メンバーごとの未完了ジョブ数（既定 2）',
          },
          server_jobs: { name: 'サーバーのジョブ数', description: 'このサーバーの未完了ジョブ数（既定 10）' },
        },
        channels: {
          name: 'チャンネル',
          description: '/video を使える場所（指定なしならどこでも）',
          action: {
            name: '操作',
            description: '追加、削除、またはクリア',
            choices: {
              add: 'チャンネルを許可',
              remove: 'チャンネルを削除',
              clear: 'すべてのチャンネルを許可',
            },
          },
          channel: { name: 'チャンネル', description: '対象のチャンネル' },
        },
        words: {
          name: '禁止ワード',
          description: '禁止する単語やフレーズ（単語単位、大文字小文字やアクセントは区別しません）',
          action: {
            name: '操作',
            description: '追加、削除、またはクリア',
            choices: { add: '単語を禁止', remove: '単語の禁止を解除', clear: 'リストを空にする' },
          },
          word: { name: '単語', description: '単語またはフレーズ' },
        },
        'log-channel': {
          name: 'ログチャンネル',
          description: 'ジョブとモデレーションのログを送る場所（空欄でオフ）',
          channel: { name: 'チャンネル', description: 'ログチャンネル' },
        },
        defaults: {
          name: '既定値',
          description: '/video の既定のアスペクト比と長さ',
          aspect_ratio: {
            name: 'アスペクト比',
            description: '既定のアスペクト比',
            choices: { '16:9': '16:9 横長', '9:16': '9:16 縦長' },
          },
          duration: {
            name: '長さ',
            description: '既定の長さ',
            choices: { '3': '3秒', '5': '5秒', '10': '10秒' },
          },
        },
        reset: { name: 'リセット', description: 'すべての設定を初期値に戻します' },
        'cost-preview': {
          name: 'コスト確認',
          description: '高額なクリップは、料金がかかる前にメンバーに確認してもらいます',
          credits: {
            name: 'クレジット',
            description: 'この額以上、または残高の半分を超えるクリップで確認します（0 でオフ）',
          },
        },
        budget: {
          name: '予算',
          description: 'このサーバーの1日の支出上限（米ドル、UTC日）',
          usd: { name: 'usd', description: '1日あたりのドル（クリップは動画1秒あたり約 $0.10）' },
          clear: { name: '解除', description: '上限を外す' },
        },
      },
      stats: { name: '統計', description: '今日と過去30日間の利用額：サーバーと上位メンバー' },
      export: {
        name: 'エクスポート',
        description: 'このサーバーのクレジット台帳を CSV ファイルで',
        days: { name: '日数', description: '何日前まで（既定かつ最大: 90）' },
      },
    },
  },
  alerts: {
    misconfigured:
      '🛠️ **運営者向けアラート** — Segmind がボットのリクエストを拒否しています。SEGMIND_API_KEY、モデル、https://cloud.segmind.com のアカウントを確認してください。直るまで新しい動画は（無料で）断られます。ボットは数分ごとに再試行します。',
    credits:
      '💸 **運営者向けアラート** — Segmind アカウントのクレジットがなくなりました。https://cloud.segmind.com でチャージしてください。それまで新しい動画は（無料で）断られます。ボットは数分ごとに再試行します。',
    model_unavailable:
      '🛠️ **運営者向けアラート** — Segmind はモデル `{{model}}` を提供しなくなりました（終了または不明）。SEGMIND_MODEL に利用可能なモデルを設定して、ボットを再起動してください。それまで新しい動画は（無料で）断られます。ボットは数分ごとに確認し直します。',
    low_balance:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an i18next placeholder after a dollar sign
      '💰 **運営者向けアラート** — Segmind の残高が ${{balance}} で、SEGMIND_LOW_BALANCE_USD（${{threshold}}）を下回っています。レンダリングが失敗し始める前に https://cloud.segmind.com でチャージしてください。',
  },
  log: {
    job: '🎬 {{user}} · 「{{prompt}}」{{refs}} · シード {{seed}} · {{credits}} · {{outcome}}{{link}}',
    delivered: '✅ 配信済み',
    deliveredLink: '✅ リンクとして配信済み',
    failed: '❌ {{reason}}（返却済み）',
    reason: {
      render_failed: 'レンダリング失敗',
      content_blocked: 'コンテンツフィルターにより拒否',
      submit_rejected: 'リクエスト拒否',
      uncertain_submit: '送信中に中断',
      expired: '提供元で期限切れ',
      timeout: 'タイムアウト',
      delivery: '配信できず',
      result_unreadable: '結果を読み取れず',
      cancelled: 'キャンセル',
      misconfigured: 'サービスの設定不備',
      model_unavailable: 'モデル利用不可',
      provider_down: 'サービス障害',
      damaged: '保存状態の破損',
      internal: '内部エラー',
    },
  },
} as const;
