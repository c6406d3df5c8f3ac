import type { Messages } from '../index';

export const importProblems: Pick<Messages, 'importProblems'> = {
  importProblems: {
    problems: {
      'not-found': '{file} を読み込めません。ファイルが存在しないか、ファイルではありません。',
      empty: '{file} は空です。',
      'not-text':
        '{file} は既知の文字コードのテキストファイルではなく、バイナリデータです。データを CSV（UTF-8、Shift_JIS、UTF-16）で書き出し、そのファイルを取り込んでください。',
      undecodable:
        '{line} 行目に {encoding} のテキストとして正しくないバイトがあります。ファイルの文字コード（Shift_JIS や Windows-1252 など）を選んで、もう一度取り込んでください。',
      'record-too-long':
        '{line} 行目から始まるレコードが {megabytes} MB を超えています。引用符が閉じられていない可能性があります。その行を確認してください。',
      'unterminated-quote':
        '{line} 行目で始まる引用符付きの項目が閉じられていないため、ファイルの残りを読み込めません。引用符を閉じてから、もう一度取り込んでください。',
      'no-rows': '{file} には見出し行がありますが、取り込む行がありません。',
      'all-rejected':
        '{rows} 行のどれも {kind} ファイルとして取り込めません。最初の行（{line} 行目）: {reason}。',
      internal: '{file} を取り込めませんでした: {detail}。ワークスペースは変更されていません。',
      'no-mapping': '{file} の列を対応付けられません。',
      'bad-mapping': '「{field}」は {kind} ファイルの項目ではありません。',
      'missing-column':
        'マッピングは {field} に列「{column}」を使いますが、ファイルにその列がありません。',
      'no-key':
        '{kind} ファイルではないようです。キー（{key}）を含む列がありません（探した列名: {lookedFor}）。正しい種類を選ぶか、キー列を対応付けてください。',
      'missing-required':
        '{field} に対応付けられた列がありません。{kind} のすべての行に必要な項目です。',
      'unknown-preset': '「{preset}」は Advocate Lab が知らないプリセットです。',
      'unknown-kind':
        'このファイルの内容を判別できません。列（{columns}）のどれも、アカウント ID、サブスクリプション ID、チケット ID などの既知のキーではありません。ファイルの種類を選び、キー列を対応付けてください。',
      'blank-header': '{index} 列目に名前がないため、「{name}」と呼びます。',
      'duplicate-header':
        '見出し「{header}」が複数回あります。{index} 列目は「{name}」と呼びます。',
      'serial-dates': '「{column}」はスプレッドシートのシリアル値です。日付として読み取ります。',
      'date-order': '「{column}」は{order}の順として読み取ります。',
      'mixed-date-orders':
        '「{column}」には日が先の日付と月が先の日付が混在しています。{order}の順として読み取り、合わない行は除外します。',
      'ambiguous-date-order':
        '「{column}」の日付はどれも日が先とも月が先とも読めるため、{order}の順として読み取ります。違う場合はマッピングで順序を指定してください。',
      'date-order-open':
        '「{column}」の先頭の行は日が先とも月が先とも読めます。取り込み時に列全体を読んで判断します。',
      'row-rejected': '{line} 行目: {reason}。',
      'rows-rejected': '先頭の {rows} 行のうち {count} 行が除外されます。',
      orphans:
        '先頭の行で参照されている {table} {total} 件のうち {count} 件（「{column}」）はまだワークスペースにありません。これらの行は残し、印を付けます。',
      'short-rows':
        '{count} 行は見出しより項目が少ないため、足りない項目は空欄として読み取ります。',
      'merged-rows': '{count} 行は前の行とキーが同じです。{merge}。',
    },
    rows: {
      'not-a-number': '「{value}」は数値ではありません',
      'not-whole-number': '「{value}」は整数ではありません',
      'not-yes-no': '「{value}」ははい・いいえの値ではありません',
      'not-a-date': '「{value}」は日付ではありません（この列は{order}の順として読み取ります）',
      'not-a-timestamp': '「{value}」は日時ではありません（この列は{order}の順として読み取ります）',
      'unknown-value': '「{value}」は {field} の既知の値ではありません（{known}）',
      'unknown-value-dropped':
        '「{value}」は {field} の既知の値ではありません（{known}）。この項目は空欄にします',
      'not-billing-interval': '「{value}」は請求間隔ではありません',
      'no-subscription-id': 'サブスクリプション ID がないため、アカウントを特定できません',
      'unknown-subscription':
        'サブスクリプション {id} はワークスペースにありません。先にサブスクリプションのファイルを取り込んでください',
      'no-key-value': '{field}（{table} のキー）がありません',
      'no-required-value': '{field} がありません。{table} のすべての行に必要な項目です',
      'undoubled-quote':
        '引用符付きの項目の中の引用符が二重になっていないため、この行を正しく読み取れません',
      'nul-bytes': 'NUL バイトを含んでいます。テキストではなくバイナリデータです',
      'extra-fields': 'この行の項目は {fields} 個ですが、見出しは {header} 個です',
      'field-too-long':
        '{field} 番目の項目は {chars} 文字あり、1 項目の上限 {limit} 文字を超えています',
      orphan: '不明な{record} {id} です。行は残し、孤立した行として印を付けます',
      'duplicate-key': 'キーが重複しています。このファイルの前の行と {fields} が同じです（{key}）',
      refused: 'ワークスペースがこの行を受け付けません: {detail}',
    },
    words: {
      mdy: '月/日/年',
      dmy: '日/月/年',
      ymd: '年/月/日',
      sum: '値を合計します',
      latest: '最も新しい解約日を残します',
      account: 'アカウント',
      partner: 'パートナー',
      payment: '支払い',
    },
    notChosen:
      'このファイルはこのウィンドウで選ばれていません。「ファイルを選択…」で選ぶか、ウィンドウにドロップしてください。',
  },
};
