<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>AbcpAnalysis</name>
    <message>
      <source>bankruptcy remoteness of the SPC</source>
      <extracomment>The checklists by the names the open items give them.</extracomment>
      <translation>SPC の倒産隔離</translation>
    </message>
    <message>
      <source>backup facility</source>
      <translation>バックアップ・ファシリティ</translation>
    </message>
    <message>
      <source>triggers and liquidity</source>
      <translation>トリガー・流動性</translation>
    </message>
    <message>
      <source>The credit-loss rate rises by {rise} a year on trend, to {latest} at the latest month, above the base case of {base} (003 No. 2 §3(2)(ii)(c): weigh the trend).</source>
      <extracomment>A rate that rises on trend above the base case, one sentence per rate.</extracomment>
      <translation>貸倒損失率はトレンド上年 {rise} 上昇し、直近月で {latest} とベースケース {base} を上回る（003 No. 2 §3(2)(ii)(c)：トレンドを考慮すること）。</translation>
    </message>
    <message>
      <source>The cancellation rate rises by {rise} a year on trend, to {latest} at the latest month, above the base case of {base} (003 No. 2 §3(2)(ii)(c): weigh the trend).</source>
      <translation>キャンセル率はトレンド上年 {rise} 上昇し、直近月で {latest} とベースケース {base} を上回る（003 No. 2 §3(2)(ii)(c)：トレンドを考慮すること）。</translation>
    </message>
    <message>
      <source>Unanswered ({checklist}): {point}</source>
      <translation>未回答（{checklist}）：{point}</translation>
    </message>
    <message>
      <source>Answered no ({checklist}): {point} — {reason}</source>
      <translation>「いいえ」と回答（{checklist}）：{point} — {reason}</translation>
    </message>
    <message>
      <source>Document not received ({citation}): {document}</source>
      <translation>未受領の書類（{citation}）：{document}</translation>
    </message>
    <message>
      <source>the sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>The short-term rating of {name} is not known.</source>
      <translation>{name} の短期格付は不明。</translation>
    </message>
    <message>
      <source>The sponsor's rating already carries its country's ceiling (corporate methodology, 003 No. 1 footnote 1); no structured cap is added.</source>
      <translation>スポンサーの格付には既にその国のシーリングが反映されている（事業法人等の格付方法、003 No. 1 脚注 1）。ストラクチャード・ファイナンスとしての上限は加えない。</translation>
    </message>
    <message>
      <source>Partially supported ({share} backup line): analysed like internal enhancement (003 No. 2 footnote 1); the sponsor's enhancement counts at ratings no higher than the sponsor's (Desk default).</source>
      <translation>部分支援型（バックアップライン {share}）：内部信用補完型と同様に分析する（003 No. 2 脚注 1）。スポンサーによる信用補完は、スポンサーの格付以下の格付でのみ考慮する（Desk 既定値）。</translation>
    </message>
    <message>
      <source>Judgement (003 No. 1): {judgement}</source>
      <translation>判断事項（003 No. 1）：{judgement}</translation>
    </message>
    <message>
      <source>The population's monthly history is needed (no monthly history; at least {minimum} months, 003 No. 2 §3(2)(ii)(a)).</source>
      <translation>母集団債権の月次実績が必要（月次実績なし。{minimum} か月以上、003 No. 2 §3(2)(ii)(a)）。</translation>
    </message>
    <message>
      <source>The population's monthly history is needed ({months} months; at least {minimum} months, 003 No. 2 §3(2)(ii)(a)).</source>
      <translation>母集団債権の月次実績が必要（{months} か月分。{minimum} か月以上、003 No. 2 §3(2)(ii)(a)）。</translation>
    </message>
    <message>
      <source>The base case rests on {months} months of history (fewer than {short}, abcp.history.short_months).</source>
      <translation>ベースケースは {months} か月分の実績に基づく（{short} か月未満、Desk 既定値）。</translation>
    </message>
    <message>
      <source>By {dimension}, the pool differs from the population by {difference} (above {flag}): weigh it in the stress multiple (003 No. 2 §3(2)(ii)(b)).</source>
      <translation>{dimension}別に見ると、プールは母集団と {difference} 異なる（目安 {flag} 超）：ストレス倍率の設定で考慮すること（003 No. 2 §3(2)(ii)(b)）。</translation>
    </message>
    <message>
      <source>no seller</source>
      <translation>売り手なし</translation>
    </message>
    <message>
      <source>{best} is reached only without the commingling part; the originator caps it, and the short-term rating of {name} is not known.</source>
      <translation>{best} はコミングリング部分を除いた場合にのみ到達する。オリジネーターの格付が上限となるが、{name} の短期格付は不明。</translation>
    </message>
    <message>
      <source>The sponsor's short-term rating is not known: its backup line caps.</source>
      <translation>スポンサーの短期格付は不明：そのバックアップラインが上限となる。</translation>
    </message>
    <message>
      <source>By {dimension}: the receivables tape gives no split, so the mixes are not compared.</source>
      <extracomment>Why a dimension is not compared: the side that gives no split.</extracomment>
      <translation>{dimension}別：債権データに内訳がないため、構成を比較していない。</translation>
    </message>
    <message>
      <source>By {dimension}: the history gives no split, so the mixes are not compared.</source>
      <translation>{dimension}別：月次実績に内訳がないため、構成を比較していない。</translation>
    </message>
    <message>
      <source>No receivables tape: the securitised pool is not compared with the population (003 No. 2 §3(2)(ii)(b)).</source>
      <translation>債権データなし：証券化対象のプールを母集団債権と比較していない（003 No. 2 §3(2)(ii)(b)）。</translation>
    </message>
    <message>
      <source>the history gives rates without the monthly balances the horizons need</source>
      <translation>月次実績が率のみで、期間比率に必要な月次残高がない</translation>
    </message>
    <message>
      <source>the history has {months} months; the reference needs {needed}</source>
      <translation>月次実績は {months} か月分。参考値には {needed} か月分が必要</translation>
    </message>
    <message>
      <source>{label}: {reason}</source>
      <translation>{label}：{reason}</translation>
    </message>
    <message>
      <source>mean of every month</source>
      <translation>全月の平均</translation>
    </message>
    <message>
      <source>mean of the latest {recent} months</source>
      <translation>直近 {recent} か月の平均</translation>
    </message>
    <message>
      <source>least-squares trend at the latest month</source>
      <translation>直近月における最小二乗法のトレンド</translation>
    </message>
    <message>
      <source>highest of the mean, the latest {recent} months' mean and the trend</source>
      <translation>平均・直近 {recent} か月の平均・トレンドのうち最も高いもの</translation>
    </message>
    <message>
      <source>base × {factor}</source>
      <extracomment>The stress forms in words, as ``stress_arithmetic.stress_words`` writes them in English.</extracomment>
      <translation>ベースケース × {factor}</translation>
    </message>
    <message>
      <source>base + {factor} × SD</source>
      <translation>ベースケース + {factor} × SD</translation>
    </message>
    <message>
      <source>{months} month</source>
      <extracomment>The collection period in words: (more than one month, the Desk default's).</extracomment>
      <translation>{months} か月</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} か月</translation>
    </message>
    <message>
      <source>{months} month (Desk default)</source>
      <translation>{months} か月（Desk 既定値）</translation>
    </message>
    <message>
      <source>{months} months (Desk default)</source>
      <translation>{months} か月（Desk 既定値）</translation>
    </message>
    <message>
      <source>base {base} ({reading}) stressed as {words}</source>
      <extracomment>What a stressed part rests on: (SD form, factor set by the analyst).</extracomment>
      <translation>ベースケース {base}（{reading}）に {words} のストレス</translation>
    </message>
    <message>
      <source>base {base} ({reading}) stressed as {words} (SD {sd})</source>
      <translation>ベースケース {base}（{reading}）に {words} のストレス（SD {sd}）</translation>
    </message>
    <message>
      <source>base {base} ({reading}) stressed as {words}, factor set by the analyst</source>
      <translation>ベースケース {base}（{reading}）に {words} のストレス。係数はアナリストが設定</translation>
    </message>
    <message>
      <source>base {base} ({reading}) stressed as {words} (SD {sd}), factor set by the analyst</source>
      <translation>ベースケース {base}（{reading}）に {words} のストレス（SD {sd}）。係数はアナリストが設定</translation>
    </message>
    <message>
      <source>mitigated: {reason}</source>
      <translation>手当てあり：{reason}</translation>
    </message>
    <message>
      <source>highest monthly collections in the history, {peak} of the month's balance ({month}), × collection period {period}</source>
      <translation>月次実績における最大の月次回収額（当月残高の {peak}、{month}）× 回収期間 {period}</translation>
    </message>
    <message>
      <source>program's estimate: {reason}</source>
      <translation>プログラム独自の見積り：{reason}</translation>
    </message>
    <message>
      <source>{share} of the pool (Desk default, abcp.servicer_transfer.reserve)</source>
      <translation>プールの {share}（Desk 既定値）</translation>
    </message>
  </context>
  <context>
    <name>AbcpGuideline</name>
    <message>
      <source>Bankruptcy remoteness of the SPC: {yes} of {count} points answered yes.</source>
      <translation>SPC の倒産隔離：{count} 項目中 {yes} 項目が「はい」。</translation>
    </message>
    <message>
      <source>Backup facility: {yes} of {count} points answered yes.</source>
      <translation>バックアップ・ファシリティ：{count} 項目中 {yes} 項目が「はい」。</translation>
    </message>
    <message>
      <source>Triggers and liquidity: {yes} of {count} points answered yes.</source>
      <translation>トリガー・流動性：{count} 項目中 {yes} 項目が「はい」。</translation>
    </message>
    <message>
      <source>Linked to {name}, whose rating is not known.</source>
      <translation>{name} に連動するが、その格付は不明。</translation>
    </message>
    <message>
      <source>Fully supported ({share} backup line): the guideline follows {name}'s short-term rating {rating}.</source>
      <translation>完全支援型（バックアップライン {share}）：ガイドラインは {name} の短期格付 {rating} に従う。</translation>
    </message>
    <message>
      <source>Subordination and reserves meet the requirement of {rating} (the best target rating passed in full).</source>
      <translation>劣後部分と準備金が {rating} の必要劣後比率を満たす（全面的に充足する最上位の目標格付）。</translation>
    </message>
    <message>
      <source>Required subordination is met at none of the target ratings.</source>
      <translation>いずれの目標格付でも必要劣後比率を満たさない。</translation>
    </message>
    <message>
      <source>Reached {reached}; after the caps {capped}.</source>
      <translation>到達格付 {reached}、上限適用後 {capped}。</translation>
    </message>
    <message>
      <source>The rating of the originator {name} is not known.</source>
      <translation>オリジネーター {name} の格付は不明。</translation>
    </message>
    <message>
      <source>No subordination covers commingling and no measure mitigates it: the originator {name} ({rating}) is the ceiling; {best} without the commingling part → {limit}.</source>
      <translation>コミングリングを劣後部分でカバーせず、軽減措置もない：オリジネーター {name}（{rating}）が上限。コミングリング部分を除くと {best} → {limit}。</translation>
    </message>
    <message>
      <source>The sponsor's rating is not known.</source>
      <translation>スポンサーの格付は不明。</translation>
    </message>
    <message>
      <source>The program relies on the sponsor's backup line: no higher than {rating}.</source>
      <translation>プログラムはスポンサーのバックアップラインに依拠する：{rating} を上限とする。</translation>
    </message>
  </context>
  <context>
    <name>AbcpHistory</name>
    <message>
      <source>credit losses</source>
      <translation>貸倒額</translation>
    </message>
    <message>
      <source>cancellations</source>
      <translation>キャンセル額</translation>
    </message>
    <message>
      <source>collections</source>
      <translation>回収額</translation>
    </message>
    <message>
      <source>credit loss rate</source>
      <translation>貸倒損失率</translation>
    </message>
    <message>
      <source>cancellation rate</source>
      <translation>キャンセル率</translation>
    </message>
    <message>
      <source>collection rate</source>
      <translation>回収率</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <extracomment>A month's losses or cancellations above its balance are impossible; collections of late payments may exceed it, up to this multiple (the schema's collection-rate limit).</extracomment>
      <translation>{where}：{problem}</translation>
    </message>
    <message>
      <source>history</source>
      <translation>月次推移データ</translation>
    </message>
    <message>
      <source>{where}, sheet {sheet}</source>
      <translation>{where}、シート {sheet}</translation>
    </message>
    <message>
      <source>{where}, row {row}</source>
      <translation>{where}、{row} 行目</translation>
    </message>
    <message>
      <source>{where}, column {letter} ({header})</source>
      <translation>{where}、{letter} 列（{header}）</translation>
    </message>
    <message>
      <source>{where}, column {letter}</source>
      <translation>{where}、{letter} 列</translation>
    </message>
    <message>
      <source>no month rows</source>
      <translation>月の行がありません</translation>
    </message>
    <message>
      <source>both {amounts} and the {rate} are given: keep one column per measure</source>
      <translation>{amounts}と{rate}の両方があります。項目ごとに列を 1 つにしてください</translation>
    </message>
    <message>
      <source>no column of {amounts} (an amount with the balance, or a rate)</source>
      <translation>{amounts}の列がありません（債権残高とともに金額で、または率で記載してください）</translation>
    </message>
    <message>
      <source>{amounts} are amounts but no column gives the month's receivables balance to divide them by</source>
      <translation>{amounts}は金額ですが、割る基になる各月の債権残高の列がありません</translation>
    </message>
    <message>
      <source>a history split by seller or merchant category needs the receivables balance of each row, to weigh its rates</source>
      <translation>売り手別または加盟店業種別の月次推移データには、率を加重するため各行の債権残高が必要です</translation>
    </message>
    <message>
      <source>{month} comes after {previous}: the months must run in order, oldest first</source>
      <translation>{month} が {previous} の後にあります。月は古い順に並べてください</translation>
    </message>
    <message>
      <source>{missing} is missing between {previous} and {month}: a history has every month</source>
      <translation>{previous} と {month} の間の {missing} がありません。月次推移データにはすべての月が必要です</translation>
    </message>
    <message>
      <source>{what} appears twice</source>
      <translation>{what} が 2 回出現します</translation>
    </message>
    <message>
      <source>blank: every month needs its figure</source>
      <translation>空欄です。各月に数値が必要です</translation>
    </message>
    <message>
      <source>{value} is negative</source>
      <translation>{value} はマイナスです</translation>
    </message>
    <message>
      <source>the balance is zero: no rate can be drawn from it</source>
      <translation>残高がゼロです。率を求められません</translation>
    </message>
    <message>
      <source>{amounts} of {rate} of the month's balance are more than {limit} of it</source>
      <translation>{amounts}が月の残高の {rate} で、{limit} を超えています</translation>
    </message>
    <message>
      <source>{label}: the unit is not decided ({reasons}); state it in the header, e.g. {header} (円) or (%), or choose it (command line: --unit {name}=UNIT)</source>
      <extracomment>Warnings that leave a figure unknown or in doubt: a history is refused for them.</extracomment>
      <translation>{label}：単位が決まりません（{reasons}）。見出しに単位を記載する（例：{header}（円）または（%））か、単位を選んでください（コマンドライン：--unit {name}=UNIT）</translation>
    </message>
  </context>
  <context>
    <name>AbcpHistoryPanel</name>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
      <translation>表計算ファイル (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</translation>
    </message>
  </context>
  <context>
    <name>AbcpRun</name>
    <message>
      <source>The case has no such ABCP program.</source>
      <extracomment>Terms ``--set`` may change for one analysis (the case is not changed).</extracomment>
      <translation>この案件にはその ABCP プログラムがありません。</translation>
    </message>
  </context>
  <context>
    <name>AbcpTab</name>
    <message>
      <source>Add program…</source>
      <translation>プログラムを追加…</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>プログラム</translation>
    </message>
    <message>
      <source>Checks &amp;&amp; documents</source>
      <translation>確認事項と書類</translation>
    </message>
    <message>
      <source>History &amp;&amp; receivables</source>
      <translation>月次実績と買取債権</translation>
    </message>
    <message>
      <source>Add ABCP program</source>
      <translation>ABCP プログラムを追加</translation>
    </message>
    <message>
      <source>New program</source>
      <translation>新しいプログラム</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>{name} を削除</translation>
    </message>
  </context>
  <context>
    <name>AbcpWords</name>
    <message>
      <source>The SPC is bankruptcy remote from the sponsor and the sellers.</source>
      <translation>発行体 SPC がスポンサーおよび売り手から倒産隔離されている。</translation>
    </message>
    <message>
      <source>The SPC's purpose is limited to the program: it can take on no other business or debt.</source>
      <translation>SPC の目的が本プログラムに限定され、他の事業を営むことも他の債務を負うこともできない。</translation>
    </message>
    <message>
      <source>The program's parties have agreed not to petition for the SPC's bankruptcy and to limit their recourse to its assets.</source>
      <translation>プログラムの関係者が、SPC の倒産手続を申し立てないこと、および請求を SPC の資産の範囲に限定することに合意している。</translation>
    </message>
    <message>
      <source>The SPC's shares are held apart from the sponsor and the sellers (a charitable trust or a general incorporated association), with an independent director.</source>
      <translation>SPC の株式がスポンサーおよび売り手から切り離して保有され（慈善信託または一般社団法人）、独立取締役が置かれている。</translation>
    </message>
    <message>
      <source>The purchased assets are transferred to the SPC by a true sale (legal opinion).</source>
      <translation>買取資産が真正譲渡により SPC に譲渡されている（法律意見書）。</translation>
    </message>
    <message>
      <source>The backup line provides credit enhancement and liquidity for the whole program.</source>
      <translation>バックアップラインがプログラム全体に信用補完と流動性補完を提供している。</translation>
    </message>
    <message>
      <source>The contracts supply the liquidity and credit enhancement efficiently and in time to redeem the ABCP at maturity.</source>
      <translation>契約により、ABCP の満期償還に間に合うよう流動性補完と信用補完が効率的に提供される。</translation>
    </message>
    <message>
      <source>The triggers, including one on a worsening of the underlying assets' performance, are appropriate.</source>
      <translation>裏付資産のパフォーマンス悪化に係るものを含め、トリガーが適切に設定されている。</translation>
    </message>
    <message>
      <source>Liquidity facilities such as a cash reserve suffice to match the maturities of the assets and the ABCP and to pay the SPC's costs.</source>
      <translation>現金準備金などの流動性補完が、資産と ABCP の期日の不一致を埋め、SPC の費用を支払うのに十分である。</translation>
    </message>
    <message>
      <source>Term sheet for the ABCP</source>
      <translation>ABCP のタームシート</translation>
    </message>
    <message>
      <source>Documents on the foundation of the SPC</source>
      <translation>SPC の設立に関する書類</translation>
    </message>
    <message>
      <source>Contracts for the liquidity and credit enhancement facilities (backup line agreement, etc.)</source>
      <translation>流動性補完・信用補完の契約書（バックアップライン契約など）</translation>
    </message>
    <message>
      <source>Materials on the underlying assets' credit, management and collection process</source>
      <translation>裏付資産の与信・管理・回収の過程に関する資料</translation>
    </message>
    <message>
      <source>Historical data and attribute data of the population receivables</source>
      <translation>母集団債権の過去実績データおよび属性データ</translation>
    </message>
    <message>
      <source>Documents on the transfer or entrustment of the securitised receivables</source>
      <translation>証券化対象債権の譲渡または信託に関する書類</translation>
    </message>
    <message>
      <source>Cayman Islands company</source>
      <translation>ケイマン法人</translation>
    </message>
    <message>
      <source>Tokyo branch of a Cayman Islands company</source>
      <translation>ケイマン法人の東京支店</translation>
    </message>
    <message>
      <source>Godo Kaisha (Japanese limited liability company)</source>
      <translation>合同会社</translation>
    </message>
    <message>
      <source>Kabushiki Kaisha (Japanese joint-stock company)</source>
      <translation>株式会社</translation>
    </message>
    <message>
      <source>Another form</source>
      <translation>その他の形態</translation>
    </message>
    <message>
      <source>Accounts receivable</source>
      <translation>売掛債権</translation>
    </message>
    <message>
      <source>Notes receivable, including electronically recorded monetary claims</source>
      <translation>手形債権（電子記録債権を含む）</translation>
    </message>
    <message>
      <source>Lease payments receivable</source>
      <translation>リース料債権</translation>
    </message>
    <message>
      <source>Healthcare receivables</source>
      <translation>診療報酬債権</translation>
    </message>
    <message>
      <source>Proxy right to receive loans from the Government Housing Loan Corporation</source>
      <translation>住宅金融公庫融資の代理受領権</translation>
    </message>
    <message>
      <source>Monthly-clear card shopping receivables</source>
      <translation>カードショッピング債権（翌月一括払い）</translation>
    </message>
    <message>
      <source>Other monetary claims</source>
      <translation>その他の金銭債権</translation>
    </message>
    <message>
      <source>fully supported</source>
      <extracomment>The program's support (structured.abcp.program.SUPPORT_WORDS) and the dimensions the composition compares (structured.abcp.composition), as the domain names them.</extracomment>
      <translation>完全支援型</translation>
    </message>
    <message>
      <source>partially supported</source>
      <translation>部分支援型</translation>
    </message>
    <message>
      <source>internal credit enhancement</source>
      <translation>内部信用補完型</translation>
    </message>
    <message>
      <source>seller</source>
      <translation>売り手</translation>
    </message>
    <message>
      <source>merchant category</source>
      <translation>加盟店業種</translation>
    </message>
    <message>
      <source>Reference only: US-agency dynamic reserve (not JCR methodology)</source>
      <extracomment>The label the reference always carries (in the ABCP tab's words: one translation of it).</extracomment>
      <translation>参考：米国格付会社のダイナミック・リザーブ（JCR の格付方法ではありません）</translation>
    </message>
    <message>
      <source>Originator</source>
      <translation>オリジネーター</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>the SPC's bankruptcy remoteness examined; these usual points are a Desk default</source>
      <translation>SPC の倒産隔離を確認。これらの通常の確認事項は Desk 既定値</translation>
    </message>
    <message>
      <source>weak link to the party providing the backup line; applying it to the liquidity line of a program with internal enhancement is a Desk default</source>
      <translation>バックアップライン提供者へのウィークリンク。内部信用補完型プログラムの流動性ラインへの適用は Desk 既定値</translation>
    </message>
    <message>
      <source>after (f)</source>
      <translation>(f) の後</translation>
    </message>
    <message>
      <source>monthly-clear receivables are paid once, on concentrated dates; one month is a Desk default</source>
      <translation>翌月一括払いの債権は集中した日に一度に支払われる。1 か月は Desk 既定値</translation>
    </message>
    <message>
      <source>'the full collection amount over the collection period at a maximum'; reading it from the history's highest month is a Desk default</source>
      <translation>「最大で回収期間中の回収額全額」。月次実績の最も高い月から読み取るのは Desk 既定値</translation>
    </message>
    <message>
      <source>movements confirmed from the history; the length is a Desk default</source>
      <translation>推移を月次実績で確認。期間の長さは Desk 既定値</translation>
    </message>
    <message>
      <source>the pool compared with the population by composition; the threshold is a Desk default</source>
      <translation>プールと母集団を構成比で比較。目安は Desk 既定値</translation>
    </message>
    <message>
      <source>base case from the movements of the rates; the reading is a Desk default</source>
      <translation>率の推移からベースケースを設定。その読み方は Desk 既定値</translation>
    </message>
    <message>
      <source>'the same level as normal installment receivables'; that methodology is not in the rulebook, so taking the 002 §2(1)(b) default multiples is a Desk default</source>
      <translation>「通常の割賦債権と同水準」。その格付方法はルールブックにないため、002 §2(1)(b) のデフォルト倍率を用いるのは Desk 既定値</translation>
    </message>
    <message>
      <source>base + constant × standard deviation; the constants are a Desk default</source>
      <translation>ベース＋定数×標準偏差。定数は Desk 既定値</translation>
    </message>
    <message>
      <source>base × constant, or base + constant × SD; the first proposal is a Desk default</source>
      <translation>ベース×定数、またはベース＋定数×SD。最初の提案は Desk 既定値</translation>
    </message>
    <message>
      <source>stronger than for long-term paper; the figures are a Desk default</source>
      <translation>長期債より強いストレス。数値は Desk 既定値</translation>
    </message>
    <message>
      <source>funds for moving collection to a backup servicer kept as cash reserve; the size is a Desk default</source>
      <translation>バックアップサービサーへの回収移管の費用を現金準備金として確保。金額は Desk 既定値</translation>
    </message>
    <message>
      <source>Reference, not JCR methodology: the large US agencies' trade-receivables dynamic reserve; their factors placed at JCR's short-term ratings as a Desk default</source>
      <translation>参考（JCR の格付方法ではない）：米国大手格付会社の売掛債権ダイナミック・リザーブ。その係数を JCR の短期格付に当てはめたのは Desk 既定値</translation>
    </message>
    <message>
      <source>Reference, not JCR methodology: the US agencies' dynamic reserve</source>
      <translation>参考（JCR の格付方法ではない）：米国格付会社のダイナミック・リザーブ</translation>
    </message>
    <message>
      <source>Desk default for monthly-clear card receivables</source>
      <translation>翌月一括払いのカード債権に対する Desk 既定値</translation>
    </message>
    <message>
      <source>weak link; Desk default for internal enhancement</source>
      <translation>ウィークリンク。内部信用補完型への適用は Desk 既定値</translation>
    </message>
    <message>
      <source>weak link</source>
      <translation>ウィークリンク</translation>
    </message>
    <message>
      <source>footnote</source>
      <translation>脚注</translation>
    </message>
    <message>
      <source>Desk default</source>
      <translation>Desk 既定値</translation>
    </message>
    <message>
      <source>Months of history needed</source>
      <translation>必要な月次実績の月数</translation>
    </message>
    <message>
      <source>Latest months read</source>
      <translation>直近として読む月数</translation>
    </message>
    <message>
      <source>Base-case reading</source>
      <translation>ベースケースの採り方</translation>
    </message>
    <message>
      <source>Stress form</source>
      <translation>ストレスの掛け方</translation>
    </message>
    <message>
      <source>Stress multiples</source>
      <translation>ストレス倍率</translation>
    </message>
    <message>
      <source>Standard deviations added</source>
      <translation>加える標準偏差の倍数</translation>
    </message>
    <message>
      <source>Floor of the stress</source>
      <translation>ストレスの下限</translation>
    </message>
    <message>
      <source>Commingling basis</source>
      <translation>コミングリングの算定基準</translation>
    </message>
    <message>
      <source>Collection period (months)</source>
      <translation>回収期間（か月）</translation>
    </message>
    <message>
      <source>Servicer-transfer reserve</source>
      <translation>バックアップ・サービサーへの移管費用の準備金</translation>
    </message>
    <message>
      <source>Sponsor caps a liquidity-only line</source>
      <translation>流動性補完のみのラインでもスポンサーが上限</translation>
    </message>
    <message>
      <source>Composition difference flagged above</source>
      <translation>構成比の差の目安</translation>
    </message>
    <message>
      <source>Reference stress factors</source>
      <translation>参考ストレス係数</translation>
    </message>
    <message>
      <source>highest of the three</source>
      <extracomment>The Desk defaults' coded values, in words.</extracomment>
      <translation>3つのうち最も高い値</translation>
    </message>
    <message>
      <source>base × multiple</source>
      <translation>ベースケース × 倍率</translation>
    </message>
    <message>
      <source>the default multiples of 002 §2(1)(b)</source>
      <translation>002 §2(1)(b) のデフォルト倍率</translation>
    </message>
    <message>
      <source>the highest month</source>
      <translation>最も高い月</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
  </context>
  <context>
    <name>AdjustmentDialog</name>
    <message>
      <source>Why this deal needs another multiplier than the book</source>
      <translation>この案件にルールブックと異なる倍率が必要な理由</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>係数</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Desk default</source>
      <translation>Desk 既定値</translation>
    </message>
    <message>
      <source>base × multiple</source>
      <translation>ベースケース × 倍率</translation>
    </message>
    <message>
      <source>base + k × standard deviation</source>
      <translation>ベースケース ＋ k × 標準偏差</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>latest months</source>
      <translation>直近数か月の平均</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>トレンド</translation>
    </message>
    <message>
      <source>highest of the three</source>
      <translation>3つのうち最も高い値</translation>
    </message>
    <message>
      <source>By</source>
      <translation>軸</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>プール</translation>
    </message>
    <message>
      <source>Population</source>
      <translation>母集団</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Loss reserve</source>
      <translation>損失準備</translation>
    </message>
    <message>
      <source>Dilution reserve</source>
      <translation>希釈準備</translation>
    </message>
    <message>
      <source>Total (reference)</source>
      <translation>合計（参考）</translation>
    </message>
    <message>
      <source>Stress form</source>
      <translation>ストレスの掛け方</translation>
    </message>
    <message>
      <source>Base-case reading</source>
      <translation>ベースケースの採り方</translation>
    </message>
    <message>
      <source>Pool and population by composition</source>
      <translation>構成別のプールと母集団</translation>
    </message>
    <message>
      <source>Cross-check</source>
      <translation>クロスチェック</translation>
    </message>
    <message>
      <source>Required subordination per target rating</source>
      <translation>目標格付ごとの必要劣後比率</translation>
    </message>
    <message>
      <source>Not analysed yet.</source>
      <translation>まだ分析していません。</translation>
    </message>
    <message>
      <source>Guideline open — the figures reach {reached}</source>
      <translation>ガイドライン未決定 — 数値上届く格付：{reached}</translation>
    </message>
    <message>
      <source>no target rating</source>
      <translation>目標格付なし</translation>
    </message>
    <message>
      <source>No target rating is reached</source>
      <translation>どの目標格付にも届きません</translation>
    </message>
    <message>
      <source>Guideline: {rating}</source>
      <translation>ガイドライン：{rating}</translation>
    </message>
    <message>
      <source>(inputs changed since; analysing again)</source>
      <translation>（その後入力が変わりました。再分析中）</translation>
    </message>
    <message>
      <source>{kind} cap: {statement}</source>
      <translation>{kind} の上限：{statement}</translation>
    </message>
    <message>
      <source>Desk default: {name} = {value} [{citation}]</source>
      <translation>Desk 既定値：{name} = {value} [{citation}]</translation>
    </message>
    <message>
      <source>Rulebook {version}</source>
      <translation>ルールブック {version}</translation>
    </message>
    <message>
      <source>Stress factor of {rating}</source>
      <translation>{rating} のストレス係数</translation>
    </message>
  </context>
  <context>
    <name>AnalysisRuns</name>
    <message>
      <source>Analysing {name}</source>
      <translation>{name} を分析中</translation>
    </message>
    <message>
      <source>{name} analysed.</source>
      <translation>{name} を分析しました。</translation>
    </message>
    <message>
      <source>The analysis stopped: {problem}</source>
      <translation>分析が中断しました：{problem}</translation>
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message>
      <source>Answer the check</source>
      <translation>確認事項に回答</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未決定</translation>
    </message>
    <message>
      <source>What the answer rests on (a document, a clause)</source>
      <translation>回答の根拠（書類、条項など）</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <source>demo case created</source>
      <translation>デモ案件を作成</translation>
    </message>
    <message>
      <source>scenario imported</source>
      <translation>シナリオを取込み</translation>
    </message>
    <message>
      <source>undo</source>
      <extracomment>The audit log's action for this kind of part ("scenario edited"). What the log says when the analyst gave no reason because none was asked.</extracomment>
      <translation>元に戻す</translation>
    </message>
    <message>
      <source>case details edited</source>
      <translation>案件情報を変更</translation>
    </message>
    <message>
      <source>rationale edited</source>
      <translation>格付理由を変更</translation>
    </message>
    <message>
      <source>committee item edited</source>
      <translation>格付対象を変更</translation>
    </message>
    <message>
      <source>disclosure details edited</source>
      <translation>開示情報を変更</translation>
    </message>
    <message>
      <source>edit history line</source>
      <extracomment>The audit actions of the rating-history edits (each command's text, lower-cased), so the audit log's display can translate them.</extracomment>
      <translation>格付推移の行を編集</translation>
    </message>
    <message>
      <source>add history line</source>
      <translation>格付推移の行を追加</translation>
    </message>
    <message>
      <source>remove history lines</source>
      <translation>格付推移の行を削除</translation>
    </message>
    <message>
      <source>import rating history</source>
      <translation>格付推移を取込み</translation>
    </message>
    <message>
      <source>record committee result</source>
      <translation>格付委員会の結果を記録</translation>
    </message>
    <message>
      <source>override recorded</source>
      <translation>オーバーライドを記録</translation>
    </message>
    <message>
      <source>decision recorded</source>
      <translation>決定を記録</translation>
    </message>
    <message>
      <source>decision cleared</source>
      <translation>決定を取消し</translation>
    </message>
    <message>
      <source>entity added</source>
      <translation>会社を追加</translation>
    </message>
    <message>
      <source>entity removed</source>
      <translation>会社を削除</translation>
    </message>
    <message>
      <source>entity moved</source>
      <translation>会社を移動</translation>
    </message>
    <message>
      <source>entity renamed</source>
      <translation>会社名を変更</translation>
    </message>
    <message>
      <source>entity edited</source>
      <translation>会社情報を変更</translation>
    </message>
    <message>
      <source>country edited</source>
      <translation>国情報を変更</translation>
    </message>
    <message>
      <source>inputs edited</source>
      <translation>入力項目を変更</translation>
    </message>
    <message>
      <source>country added</source>
      <translation>国を追加</translation>
    </message>
    <message>
      <source>country removed</source>
      <translation>国を削除</translation>
    </message>
    <message>
      <source>pool imported</source>
      <translation>プールを取込み</translation>
    </message>
    <message>
      <source>scenario edited</source>
      <translation>シナリオを変更</translation>
    </message>
    <message>
      <source>scenario added</source>
      <translation>シナリオを追加</translation>
    </message>
    <message>
      <source>scenario removed</source>
      <translation>シナリオを削除</translation>
    </message>
    <message>
      <source>scenario renamed</source>
      <translation>シナリオ名を変更</translation>
    </message>
    <message>
      <source>committee scenario</source>
      <translation>格付委員会のシナリオに指定</translation>
    </message>
    <message>
      <source>lock taken over</source>
      <translation>ロックを引継ぎ</translation>
    </message>
    <message>
      <source>stress rerun under another rulebook</source>
      <translation>別のルールブックでストレスを再計算</translation>
    </message>
    <message>
      <source>ABCP program edited</source>
      <translation>ABCP プログラムを変更</translation>
    </message>
  </context>
  <context>
    <name>BaseCasePanel</name>
    <message>
      <source>not set</source>
      <extracomment>What a numeric field shows while the scenario has no value for it.</extracomment>
      <translation>未設定</translation>
    </message>
    <message>
      <source>Lifetime default rate</source>
      <extracomment>Numbers the fields let through for the edit's own check (it states the allowed range).</extracomment>
      <translation>累積デフォルト率</translation>
    </message>
    <message>
      <source>Prepayment rate (CPR, annual)</source>
      <translation>期限前償還率（CPR、年率）</translation>
    </message>
    <message>
      <source>Recovery rate on property value</source>
      <translation>担保評価額に対する回収率</translation>
    </message>
    <message>
      <source>Set base default rate</source>
      <extracomment>The reason dialog's title for an edit of each field.</extracomment>
      <translation>累積デフォルト率の変更</translation>
    </message>
    <message>
      <source>Set cpr</source>
      <translation>期限前償還率の変更</translation>
    </message>
    <message>
      <source>Set recovery rate</source>
      <translation>回収率の変更</translation>
    </message>
    <message>
      <source>Set recovery lag months</source>
      <translation>担保処分までの期間の変更</translation>
    </message>
    <message>
      <source>Set target ratings</source>
      <translation>目標格付の変更</translation>
    </message>
    <message>
      <source> months</source>
      <translation> か月</translation>
    </message>
    <message>
      <source>AAA, AA, A, BBB</source>
      <translation>AAA, AA, A, BBB</translation>
    </message>
    <message>
      <source>Import static data…</source>
      <translation>実績データを取込み…</translation>
    </message>
    <message>
      <source>Read the originator's vintage workbook and propose the base case from it (%s, or drop the workbook here)</source>
      <translation>オリジネーターのビンテージ別実績データを読み込み、ベースケースを提案します（%s、またはここにドロップ）</translation>
    </message>
    <message>
      <source>Base case</source>
      <translation>ベースケース</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出所</translation>
    </message>
    <message>
      <source>Recovery (first-lien loans)</source>
      <translation>回収（第一順位抵当の債権）</translation>
    </message>
    <message>
      <source>Foreclosure lag</source>
      <translation>担保処分までの期間</translation>
    </message>
    <message>
      <source>Target ratings</source>
      <translation>目標格付</translation>
    </message>
    <message>
      <source>Ratings tested</source>
      <translation>検証する格付</translation>
    </message>
    <message>
      <source>typed by %s on %s: %s</source>
      <translation>%s が %s に入力：%s</translation>
    </message>
    <message>
      <source>static data %s, sheet %s</source>
      <translation>実績データ %s、シート %s</translation>
    </message>
    <message>
      <source>rate: %s</source>
      <translation>率：%s</translation>
    </message>
    <message>
      <source>pool seasoning %s months</source>
      <translation>プールの経過期間 %s か月</translation>
    </message>
    <message>
      <source>imported %s</source>
      <translation>%s に取込</translation>
    </message>
    <message>
      <source>illustrative demo inputs</source>
      <translation>デモ用の例示入力</translation>
    </message>
    <message>
      <source>%s: type the default rate and CPR, or import static data</source>
      <translation>%s：デフォルト率と CPR を入力するか、実績データを取り込んでください</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>記録なし</translation>
    </message>
    <message>
      <source>%s vintages (%s)</source>
      <translation>ビンテージ %s 本（%s）</translation>
    </message>
    <message>
      <source>1 vintage (%s)</source>
      <translation>ビンテージ 1 本（%s）</translation>
    </message>
    <message>
      <source>%s: type a value</source>
      <translation>%s：値を入力してください</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <source>usage: </source>
      <translation>使い方：</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>引数</translation>
    </message>
    <message>
      <source>options</source>
      <translation>オプション</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>このヘルプを表示して終了</translation>
    </message>
    <message>
      <source>{message} (see {prog} --help)</source>
      <translation>{message}（{prog} --help を参照）</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <extracomment>argparse's own usage errors (it words them in English) and the same sentence as a template of the ``CLI`` context; the first that matches is used, the argument names, values and choices as typed. A message none matches stays as argparse wrote it.</extracomment>
      <translation>次の引数が必要です：{names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {words}</source>
      <translation>認識できない引数です：{words}</translation>
    </message>
    <message>
      <source>one of the arguments {names} is required</source>
      <translation>引数 {names} のいずれかが必要です</translation>
    </message>
    <message>
      <source>argument {argument}: expected one argument</source>
      <translation>引数 {argument}：値を 1 つ指定してください</translation>
    </message>
    <message>
      <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
      <translation>引数 {argument}：{value} は選べません（{choices} から選択）</translation>
    </message>
    <message>
      <source>argument {argument}: not allowed with argument {other}</source>
      <translation>引数 {argument}：引数 {other} と同時には指定できません</translation>
    </message>
    <message>
      <source>argument {argument}: invalid {kind} value: {value}</source>
      <translation>引数 {argument}：{kind} の値として不正です：{value}</translation>
    </message>
    <message>
      <source>argument {argument}: {problem}</source>
      <translation>引数 {argument}：{problem}</translation>
    </message>
    <message>
      <source>JCR Desk without the window.</source>
      <translation>画面を開かずに使う JCR Desk。</translation>
    </message>
    <message>
      <source>show the version and exit</source>
      <translation>バージョンを表示して終了</translation>
    </message>
    <message>
      <source>show the traceback of a failure</source>
      <translation>失敗したときのトレースバックを表示</translation>
    </message>
    <message>
      <source>the language of messages (default: from LANG, LC_ALL…)</source>
      <translation>メッセージの言語（既定：LANG、LC_ALL などから）</translation>
    </message>
    <message>
      <source>unexpected failure: {kind}: {error}</source>
      <translation>予期しないエラー：{kind}：{error}</translation>
    </message>
    <message>
      <source> (run with --debug for details)</source>
      <translation>（詳細は --debug を付けて実行）</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: エラー：{message}</translation>
    </message>
    <message>
      <source>fraction</source>
      <extracomment>The kinds of value as ``--help`` names them.</extracomment>
      <translation>小数</translation>
    </message>
    <message>
      <source>months</source>
      <translation>月数</translation>
    </message>
    <message>
      <source>yes/no</source>
      <translation>yes／no</translation>
    </message>
    <message>
      <source>analyse a case's ABCP program: required subordination per short-term rating</source>
      <translation>案件の ABCP プログラムを分析：短期格付ごとの必要劣後比率</translation>
    </message>
    <message>
      <source>Print the program's guideline and, for internal enhancement, each target rating's required subordination by part (stressed credit loss, stressed dilution, commingling, servicer-transfer reserve) against its subordination and reserves, pass or fail, the highest rating reached and the caps applied. Fractions are of the purchased pool. The case is not changed. Exit 1 when a history cannot be used.</source>
      <translation>プログラムのガイドラインと、内部信用補完型では目標格付ごとの必要劣後比率を要素別（ストレス後の貸倒損失率、ストレス後の希釈率、コミングリング、バックアップ・サービサーへの移管費用の準備金）に、劣後部分と準備金と比べて表示します。充足か不足か、到達する最上位の格付、適用した上限も示します。比率は購入債権プールに対するものです。案件は変更しません。月次推移データが使えないときは終了コード 1。</translation>
    </message>
    <message>
      <source>a .jcrcase file</source>
      <translation>.jcrcase ファイル</translation>
    </message>
    <message>
      <source>program name (default: the case's first)</source>
      <translation>プログラム名（既定：案件の最初のもの）</translation>
    </message>
    <message>
      <source>try another value for this run: {terms}, form ({forms}), method ({methods}), multiple.RATING or k.RATING (e.g. multiple.J-1=4)</source>
      <translation>この実行だけ別の値で試算：{terms}、form（{forms}）、method（{methods}）、multiple.RATING または k.RATING（例：multiple.J-1=4）</translation>
    </message>
    <message>
      <source>{name} ({kind})</source>
      <translation>{name}（{kind}）</translation>
    </message>
    <message>
      <source>analyse with this history file</source>
      <translation>この月次推移データで分析</translation>
    </message>
    <message>
      <source>make a monthly history or a receivables tape an ABCP program's</source>
      <translation>月次推移データまたは購入債権データを ABCP プログラムに取り込む</translation>
    </message>
    <message>
      <source>Read the population's monthly history (--history) or the purchased receivables (--receivables) with the tape importer and make it the program's; the audit log records it and the case is saved atomically. A history is refused at its first problem (exit 1, naming file, sheet, row and column); receivables rows with errors are left out and listed.</source>
      <translation>母集団の月次推移データ（--history）または購入債権（--receivables）を債権データの取込機能で読み、プログラムのものにします。監査ログに記録し、案件をアトミックに保存します。月次推移データは最初の問題で取込を拒否します（終了コード 1、ファイル・シート・行・列を表示）。エラーのある購入債権の行は除外して一覧表示します。</translation>
    </message>
    <message>
      <source>the population's monthly history</source>
      <translation>母集団の月次推移データ</translation>
    </message>
    <message>
      <source>the purchased receivables tape</source>
      <translation>購入債権のデータ</translation>
    </message>
    <message>
      <source>sheet to read (default: the one that looks like it)</source>
      <translation>読むシート（既定：それらしいシート）</translation>
    </message>
    <message>
      <source>the unit of an amount (yen, thousand_yen) or a rate (percent, fraction) the file leaves open; fields: {fields}</source>
      <translation>ファイルが明示しない金額（yen、thousand_yen）または率（percent、fraction）の単位。項目：{fields}</translation>
    </message>
    <message>
      <source>--set: {problem}</source>
      <translation>--set：{problem}</translation>
    </message>
    <message>
      <source>{path}: the case has no ABCP program</source>
      <translation>{path}：この案件には ABCP プログラムがありません</translation>
    </message>
    <message>
      <source>{path}: no ABCP program {name} (it has {names})</source>
      <translation>{path}：ABCP プログラム {name} はありません（あるのは {names}）</translation>
    </message>
    <message>
      <source>expected NAME=VALUE</source>
      <translation>NAME=VALUE の形式で指定してください</translation>
    </message>
    <message>
      <source>{name} is one of {allowed}</source>
      <translation>{name} は {allowed} のいずれかです</translation>
    </message>
    <message>
      <source>unknown name (see jcr-desk-cli abcp --help)</source>
      <translation>不明な名前です（jcr-desk-cli abcp --help を参照）</translation>
    </message>
    <message>
      <source>{name} is yes or no</source>
      <translation>{name} は yes か no です</translation>
    </message>
    <message>
      <source>a whole number of months from 1</source>
      <translation>1 以上の整数の月数を指定してください</translation>
    </message>
    <message>
      <source>{text} is not a number</source>
      <translation>{text} は数値ではありません</translation>
    </message>
    <message>
      <source>--set {pair}: {problem}</source>
      <translation>--set {pair}：{problem}</translation>
    </message>
    <message>
      <source>{path}: no such case file</source>
      <translation>{path}：案件ファイルがありません</translation>
    </message>
    <message>
      <source>  row {row}, column {column}: {message}</source>
      <translation>  {row} 行目、{column} 列：{message}</translation>
    </message>
    <message>
      <source>history: {file}; months: {months}; program: {program}</source>
      <translation>月次推移データ：{file}、{months} か月、プログラム：{program}</translation>
    </message>
    <message>
      <source>receivables: {file}; imported: {imported}; excluded: {excluded}; program: {program}</source>
      <translation>購入債権：{file}、取込 {imported} 件、除外 {excluded} 件、プログラム：{program}</translation>
    </message>
    <message>
      <source>fully supported</source>
      <extracomment>The domain's codes as the report writes them in English (the source of each word).</extracomment>
      <translation>完全支援型</translation>
    </message>
    <message>
      <source>partially supported</source>
      <translation>部分支援型</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>内部信用補完型</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>recent</source>
      <translation>直近月</translation>
    </message>
    <message>
      <source>trend</source>
      <translation>トレンド</translation>
    </message>
    <message>
      <source>highest</source>
      <translation>3つのうち最も高い値</translation>
    </message>
    <message>
      <source>multiple</source>
      <translation>ベースケース × 倍率</translation>
    </message>
    <message>
      <source>sd</source>
      <translation>ベースケース + k × 標準偏差</translation>
    </message>
    <message>
      <source>credit loss</source>
      <translation>貸倒損失率</translation>
    </message>
    <message>
      <source>cancellation</source>
      <translation>キャンセル率</translation>
    </message>
    <message>
      <source>collection</source>
      <translation>月次回収率</translation>
    </message>
    <message>
      <source>originator</source>
      <translation>オリジネーター</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>seller</source>
      <translation>売り手</translation>
    </message>
    <message>
      <source>merchant category</source>
      <translation>加盟店業種</translation>
    </message>
    <message>
      <source>Stressed credit loss</source>
      <extracomment>The table's headings and outcomes.</extracomment>
      <translation>ストレス後の貸倒損失率</translation>
    </message>
    <message>
      <source>Stressed dilution</source>
      <translation>ストレス後の希釈（キャンセル）率</translation>
    </message>
    <message>
      <source>Commingling</source>
      <translation>コミングリング</translation>
    </message>
    <message>
      <source>Servicer-transfer reserve</source>
      <translation>バックアップ・サービサーへの移管費用の準備金</translation>
    </message>
    <message>
      <source>pass</source>
      <extracomment>The words the window's result details register (ui/stress/result_details.py).</extracomment>
      <translation>充足</translation>
    </message>
    <message>
      <source>pass only under the originator's rating (commingling not covered)</source>
      <translation>オリジネーターの格付の範囲でのみ充足（コミングリングは未手当て）</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>trial value (--set)</source>
      <extracomment>The reason ``--set`` gives a stress choice it tries (kept in English in ``--json``).</extracomment>
      <translation>試算値（--set）</translation>
    </message>
    <message>
      <source>Base case: {method} ({method_by}); stress form {form} ({form_by})</source>
      <translation>ベースケース：{method}（{method_by}）、ストレスの形：{form}（{form_by}）</translation>
    </message>
    <message>
      <source>  {measure}: mean {mean}, SD {sd}, trend {trend}/year, latest {months} months {recent}, peak {peak} ({month})</source>
      <translation>  {measure}：平均 {mean}、標準偏差 {sd}、トレンド 年 {trend}、直近 {months} か月 {recent}、最高 {peak}（{month}）</translation>
    </message>
    <message>
      <source>Step: {text} [{citation}]</source>
      <translation>手順：{text} [{citation}]</translation>
    </message>
    <message>
      <source>Cap ({kind}, applied): {statement}</source>
      <translation>上限（{kind}、適用）：{statement}</translation>
    </message>
    <message>
      <source>Cap ({kind}, not limiting): {statement}</source>
      <translation>上限（{kind}、制約なし）：{statement}</translation>
    </message>
    <message>
      <source>Open: {item}</source>
      <translation>未決定：{item}</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>注記：{note}</translation>
    </message>
    <message>
      <source>Desk default: {name} = {value} [{citation}]</source>
      <translation>Desk 既定値：{name} = {value} [{citation}]</translation>
    </message>
    <message>
      <source>Rulebook {version}</source>
      <translation>ルールブック {version}</translation>
    </message>
    <message>
      <source>{program}: {support}, multi-seller</source>
      <translation>{program}：{support}、複数売り手型</translation>
    </message>
    <message>
      <source>{program}: {support}</source>
      <translation>{program}：{support}</translation>
    </message>
    <message>
      <source>Guideline: none of the target ratings is reached</source>
      <translation>ガイドライン：どの目標格付にも届きません</translation>
    </message>
    <message>
      <source>Guideline: {rating}</source>
      <translation>ガイドライン：{rating}</translation>
    </message>
    <message>
      <source>Guideline: open (figures reach {reached})</source>
      <translation>ガイドライン：未決定（数値上届く格付：{reached}）</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>analyst: {reason}</source>
      <translation>アナリスト：{reason}</translation>
    </message>
    <message>
      <source>Desk default</source>
      <translation>Desk 既定値</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必要劣後比率</translation>
    </message>
    <message>
      <source>Has</source>
      <translation>現状の劣後比率</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Composition by {dimension} (pool / population, latest {months} months): difference {difference}</source>
      <translation>{dimension}別の構成（プール／母集団、直近 {months} か月）：差 {difference}</translation>
    </message>
    <message>
      <source>  {rating}: {total} (loss {loss}, dilution {dilution})</source>
      <translation>  {rating}：{total}（損失 {loss}、希釈 {dilution}）</translation>
    </message>
    <message>
      <source>not a whole number: {text}</source>
      <translation>整数ではありません：{text}</translation>
    </message>
    <message>
      <source>must be at least 1 (got {value})</source>
      <translation>1 以上を指定してください（指定値 {value}）</translation>
    </message>
    <message>
      <source>write the demo case and its sample loan tapes</source>
      <translation>デモ案件とサンプルの債権データを書き出す</translation>
    </message>
    <message>
      <source>Write demo.jcrcase and the same loans as an English and a Japanese tape.</source>
      <translation>demo.jcrcase と、同じ債権を英語と日本語の見出しの債権データとして書き出します。</translation>
    </message>
    <message>
      <source>folder to write into (created if absent)</source>
      <translation>書き出し先のフォルダー（なければ作成）</translation>
    </message>
    <message>
      <source>pool size</source>
      <translation>プールの債権件数</translation>
    </message>
    <message>
      <source>random seed of the pool</source>
      <translation>プールの乱数シード</translation>
    </message>
    <message>
      <source>cannot write the demo files to {folder}: {reason}</source>
      <translation>デモのファイルを {folder} に書き出せません：{reason}</translation>
    </message>
    <message>
      <source>Demo case ({loans} loans): {path}</source>
      <translation>デモ案件（債権 {loans} 件）：{path}</translation>
    </message>
    <message>
      <source>Loan tape, English headers: {path}</source>
      <translation>債権データ（英語の見出し）：{path}</translation>
    </message>
    <message>
      <source>Loan tape, Japanese headers: {path}</source>
      <translation>債権データ（日本語の見出し）：{path}</translation>
    </message>
    <message>
      <source>Originator's static data (vintages): {path}</source>
      <translation>オリジネーターの実績データ（ビンテージ）：{path}</translation>
    </message>
    <message>
      <source>ABCP program's population history: {path}</source>
      <translation>ABCP プログラムの母集団の月次推移データ：{path}</translation>
    </message>
    <message>
      <source>ABCP program's receivables: {path}</source>
      <translation>ABCP プログラムの購入債権：{path}</translation>
    </message>
    <message>
      <source>write the release and the Rule 17g-7 disclosure form drafted from the case</source>
      <translation>案件からニュースリリースと情報開示フォーム（Rule 17g-7）のドラフトを書き出す</translation>
    </message>
    <message>
      <source>Draft the rating-action release and the Rule 17g-7 information disclosure form from the case (rated items, rationale, history, citations, stress results) as .docx, .html and .txt in Japanese and English. Inputs the case lacks show as placeholders and are listed. The case is not changed.</source>
      <translation>案件（格付対象、格付理由、格付推移、引用、ストレス計算の結果）から、格付アクションのニュースリリースと情報開示フォーム（Rule 17g-7）のドラフトを日本語と英語の .docx、.html、.txt で作成します。案件にない入力はプレースホルダーとして表示し、一覧にします。案件は変更しません。</translation>
    </message>
    <message>
      <source>folder to write to</source>
      <translation>書き出し先のフォルダー</translation>
    </message>
    <message>
      <source>only this language (repeat for both; default both)</source>
      <translation>この言語のみ（両方なら繰り返し指定。既定：両方）</translation>
    </message>
    <message>
      <source>only this format (repeat for more; default all)</source>
      <translation>この形式のみ（複数なら繰り返し指定。既定：すべて）</translation>
    </message>
    <message>
      <source>{kind}_{language}: missing: {item}</source>
      <translation>{kind}（{language}）の未入力：{item}</translation>
    </message>
    <message>
      <source>release</source>
      <translation>ニュースリリース</translation>
    </message>
    <message>
      <source>disclosure</source>
      <translation>情報開示フォーム（Rule 17g-7）</translation>
    </message>
    <message>
      <source>en</source>
      <translation>英語</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>日本語</translation>
    </message>
    <message>
      <source>write the committee workbook (Excel) of a case</source>
      <translation>案件の格付委員会ワークブック（Excel）を書き出す</translation>
    </message>
    <message>
      <source>Write the case as a formatted, auditable Excel workbook: cover, ratings, group, ceilings, pool, exceptions, assumptions (read back by 'scenario import'), enhancement with live formulas, cash flows, sensitivity, history and audit log.</source>
      <translation>案件を、書式付きで検証できる Excel ワークブックとして書き出します：表紙、格付、グループ、シーリング、プール、例外、前提（scenario import で読み戻し可能）、計算式付きの信用補完、キャッシュフロー、感応度、格付推移、監査ログ。</translation>
    </message>
    <message>
      <source>add every loan as an appendix</source>
      <translation>すべての債権を付録として追加</translation>
    </message>
    <message>
      <source>the scenario to present (default: the case's first)</source>
      <translation>提示するシナリオ（既定：案件の最初のもの）</translation>
    </message>
    <message>
      <source>Wrote {path}: {count} sheets ({sheets})</source>
      <translation>{path} を書き出しました：{count} シート（{sheets}）</translation>
    </message>
    <message>
      <source>  note: {notice}</source>
      <translation>  注記：{notice}</translation>
    </message>
    <message>
      <source>print each entity's rating guideline and recorded decision</source>
      <translation>各社の格付ガイドラインと記録された決定を表示</translation>
    </message>
    <message>
      <source>For every entity of a case: the rule that applies, the proposed long-term, short-term and issue ratings, the range the methodology allows, what needs judgement and the decision recorded.</source>
      <translation>案件の各社について、適用される規定、提案する長期発行体格付・短期格付・個別債務格付、格付方法が認める範囲、判断を要する点、記録された決定を表示します。</translation>
    </message>
    <message>
      <source>long-term</source>
      <translation>長期発行体格付</translation>
    </message>
    <message>
      <source>short-term</source>
      <translation>短期格付</translation>
    </message>
    <message>
      <source>issue</source>
      <translation>個別債務格付</translation>
    </message>
    <message>
      <source>no sector</source>
      <translation>業種なし</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>{best} or lower</source>
      <translation>{best} 以下</translation>
    </message>
    <message>
      <source>{best} to {worst}</source>
      <translation>{best} ～ {worst}</translation>
    </message>
    <message>
      <source>left to judgement</source>
      <translation>判断に委ねる</translation>
    </message>
    <message>
      <source>{proposed} (range {range}, needs judgement)</source>
      <translation>{proposed}（範囲 {range}、判断が必要）</translation>
    </message>
    <message>
      <source>{proposed} (range {range})</source>
      <translation>{proposed}（範囲 {range}）</translation>
    </message>
    <message>
      <source>{name} [{role}, {sector}, {country}]</source>
      <translation>{name}［{role}、{sector}、{country}］</translation>
    </message>
    <message>
      <source>no group rule applies</source>
      <translation>適用されるグループの規定なし</translation>
    </message>
    <message>
      <source>  rule: {rule}</source>
      <translation>  規定：{rule}</translation>
    </message>
    <message>
      <source>  {item}: {rating}</source>
      <translation>  {item}：{rating}</translation>
    </message>
    <message>
      <source>  {item}: {proposal}</source>
      <translation>  {item}：{proposal}</translation>
    </message>
    <message>
      <source>  double leverage: {ratio} (high from {high})</source>
      <translation>  ダブルレバレッジ：{ratio}（{high} 以上で高水準）</translation>
    </message>
    <message>
      <source>  flag: {flag}</source>
      <translation>  確認事項：{flag}</translation>
    </message>
    <message>
      <source>override</source>
      <translation>オーバーライド</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>ガイドラインどおり</translation>
    </message>
    <message>
      <source>  decision {item}: {rating} ({kind}, {analyst}, {timestamp})</source>
      <translation>  決定 {item}：{rating}（{kind}、{analyst}、{timestamp}）</translation>
    </message>
    <message>
      <source>: {reason}</source>
      <translation>：{reason}</translation>
    </message>
    <message>
      <source>export a stress scenario to a TOML file, or import one into a case</source>
      <extracomment>Files read as committee workbooks (their Assumptions sheet) rather than TOML.</extracomment>
      <translation>ストレス・シナリオを TOML ファイルに書き出す、または案件に取り込む</translation>
    </message>
    <message>
      <source>A scenario's assumptions and structure as a documented TOML file.</source>
      <translation>シナリオの前提とストラクチャーを、説明付きの TOML ファイルとして扱います。</translation>
    </message>
    <message>
      <source>write a scenario of CASE to a TOML file</source>
      <translation>CASE のシナリオを TOML ファイルに書き出す</translation>
    </message>
    <message>
      <source>scenario name (default: the case's first)</source>
      <translation>シナリオ名（既定：案件の最初のもの）</translation>
    </message>
    <message>
      <source>read a scenario file into CASE (one recorded edit; the case is saved)</source>
      <translation>シナリオ・ファイルを CASE に取り込む（記録される 1 回の変更。案件を保存）</translation>
    </message>
    <message>
      <source>Replace the scenario of the file's name (or --name) with the file's assumptions and structure, or add it; exit 1 naming the key when the file is invalid.</source>
      <translation>ファイルの名前（または --name）のシナリオをファイルの前提とストラクチャーで置き換え、なければ追加します。ファイルが不正なときはキーを示して終了コード 1。</translation>
    </message>
    <message>
      <source>a scenario file (.toml), or a committee workbook (.xlsx) whose Assumptions sheet was edited</source>
      <translation>シナリオ・ファイル（.toml）、または Assumptions シートを編集した格付委員会ワークブック（.xlsx）</translation>
    </message>
    <message>
      <source>the scenario to replace or add (default: the file's)</source>
      <translation>置き換えるか追加するシナリオ（既定：ファイルのもの）</translation>
    </message>
    <message>
      <source>why (kept in the audit log)</source>
      <translation>理由（監査ログに記録）</translation>
    </message>
    <message>
      <source>{name}: written to {path}</source>
      <translation>{name}：{path} に書き出しました</translation>
    </message>
    <message>
      <source>{name}: {count} value(s) changed</source>
      <translation>{name}：{count} 件の値を変更しました</translation>
    </message>
    <message>
      <source>{path}: the case has no stress scenario</source>
      <translation>{path}：この案件にはストレス・シナリオがありません</translation>
    </message>
    <message>
      <source>{path}: no scenario {name} (it has {names})</source>
      <translation>{path}：シナリオ {name} はありません（あるのは {names}）</translation>
    </message>
    <message>
      <source>print the result as JSON (English keys and values, for programs; not translated)</source>
      <extracomment>The reader of our output went away (``jcr-desk-cli … | head``): stop quietly with the status a shell reports for a Unix tool stopped by SIGPIPE (128 + 13). ``--json`` prints English keys and values whatever ``--lang`` says: it is read by programs.</extracomment>
      <translation>結果を JSON で出力（プログラム向けのため、キーと値は翻訳せず英語のまま）</translation>
    </message>
    <message>
      <source>print what was imported as JSON (English keys and values, for programs)</source>
      <translation>取り込んだ内容を JSON で出力（プログラム向けのため、キーと値は英語のまま）</translation>
    </message>
    <message>
      <source>print what changed as JSON (English keys and values, for programs)</source>
      <translation>変更内容を JSON で出力（プログラム向けのため、キーと値は英語のまま）</translation>
    </message>
    <message>
      <source>FAIL</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>Over-collateralisation: {share} of the pool ({amount}), enhancement every class has</source>
      <translation>超過担保：プールの {share}（{amount}）。全クラス共通の信用補完です</translation>
    </message>
    <message>
      <source>{name}: reaches {rating}</source>
      <translation>{name}：到達する格付 {rating}</translation>
    </message>
    <message>
      <source>none of the target ratings</source>
      <translation>目標格付のいずれにも届きません</translation>
    </message>
    <message>
      <source>Liquidity reserve: {amount} ({months} month(s))</source>
      <translation>流動性準備金：{amount}（{months} か月分）</translation>
    </message>
    <message>
      <source>Collateral values declined from the {basis}</source>
      <translation>担保価値は{basis}から下落するものとします</translation>
    </message>
    <message>
      <source>Mechanism: {text}</source>
      <translation>仕組み：{text}</translation>
    </message>
    <message>
      <source>Open decision: {text}</source>
      <translation>未決定の事項：{text}</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>注記：{text}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>{name} need/has</source>
      <translation>{name} 必要/確保</translation>
    </message>
    <message>
      <source>{required}/{available} {verdict}</source>
      <translation>{required}/{available} {verdict}</translation>
    </message>
    <message>
      <source>{rating}: defaults stressed {stressed}, realised {realised}; interest-rate path {path}; clean-up call {call}</source>
      <translation>{rating}：ストレス・デフォルト率 {stressed}、実現デフォルト率 {realised}、金利シナリオ {path}、クリーンアップ・コール {call}</translation>
    </message>
    <message>
      <source>Desk default: {name} = {value}</source>
      <translation>Desk 既定値：{name} = {value}</translation>
    </message>
    <message>
      <source>Desk default: {name} = {value} [{reference}]</source>
      <translation>Desk 既定値：{name} = {value}［{reference}］</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>達成不能</translation>
    </message>
    <message>
      <source>run the case's stress scenario: required vs available enhancement per rating</source>
      <translation>案件のストレス・シナリオを実行：格付ごとの必要信用補完と確保している信用補完</translation>
    </message>
    <message>
      <source>Stress the pool at each target rating, run the cash flows through the waterfall and print the credit enhancement each class needs by risk layer against what it has. Fractions are of the pool's cut-off balance; cash flows are yen per month. The case is not changed. Exit 1 when an input the run needs is missing.</source>
      <translation>目標格付ごとにプールにストレスをかけ、キャッシュフローを支払順位に沿って配分し、各クラスに必要な信用補完をリスク区分別に、確保している信用補完と並べて表示します。比率は基準日のプール残高に対する割合、キャッシュフローは月次の円建てです。案件は変更しません。計算に必要な入力が欠けているときは終了コード 1 で終了します。</translation>
    </message>
    <message>
      <source>override an assumption for this run ({names})</source>
      <translation>この計算に限り前提を変更します（{names}）</translation>
    </message>
    <message>
      <source>{path}: {problem}</source>
      <translation>{path}：{problem}</translation>
    </message>
    <message>
      <source>expected NAME=VALUE with NAME one of {names}</source>
      <translation>NAME=VALUE の形式で、NAME は {names} のいずれかを指定してください</translation>
    </message>
    <message>
      <source>the lag is a whole number of months</source>
      <translation>期間は整数の月数で指定してください</translation>
    </message>
    <message>
      <source>{name} is a fraction between 0 and 1</source>
      <translation>{name} は 0 から 1 までの比率で指定してください</translation>
    </message>
  </context>
  <context>
    <name>CaseCommand</name>
    <message>
      <source>outlook</source>
      <extracomment>Fields of an item's committee inputs ``SetItemInputs`` may change. The inputs in the Undo menu's words ("Edit outlook, action").</extracomment>
      <translation>見通し</translation>
    </message>
    <message>
      <source>maximum yen</source>
      <translation>発行限度額（円）</translation>
    </message>
    <message>
      <source>action</source>
      <translation>格付アクション</translation>
    </message>
    <message>
      <source>action reason</source>
      <translation>格付アクションの理由</translation>
    </message>
    <message>
      <source>Edit {fields}</source>
      <translation>{fields}を編集</translation>
    </message>
    <message>
      <source>Record committee result</source>
      <translation>格付委員会の結果を記録</translation>
    </message>
    <message>
      <source>Edit history line</source>
      <translation>格付推移の行を編集</translation>
    </message>
    <message>
      <source>Add history line</source>
      <translation>格付推移の行を追加</translation>
    </message>
    <message>
      <source>Remove history lines</source>
      <translation>格付推移の行を削除</translation>
    </message>
    <message>
      <source>Import rating history</source>
      <translation>格付推移を取込み</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <extracomment>The translation context of the Undo menu's lines (``jcr_desk_ja.ts``).</extracomment>
      <translation>{first}、{rest}</translation>
    </message>
    <message>
      <source>ownership by parent</source>
      <translation>親会社の出資比率</translation>
    </message>
    <message>
      <source>local-currency sovereign rating</source>
      <translation>自国通貨建てソブリン格付</translation>
    </message>
    <message>
      <source>foreign-currency sovereign rating</source>
      <translation>外貨建てソブリン格付</translation>
    </message>
    <message>
      <source>country ceiling</source>
      <translation>カントリー・シーリング</translation>
    </message>
    <message>
      <source>hard currency</source>
      <translation>ハードカレンシー</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>Clear {field} of {subject}</source>
      <translation>{subject} の{field}を消去</translation>
    </message>
    <message>
      <source>Set {field} of {subject} to {value}</source>
      <translation>{subject} の{field}を {value} に設定</translation>
    </message>
    <message>
      <source>Edit fields of {subject}</source>
      <translation>{subject} の項目を編集</translation>
    </message>
    <message>
      <source>{first} and {rest}</source>
      <translation>{first}および{rest}</translation>
    </message>
    <message>
      <source>Edit {fields} of {subject}</source>
      <translation>{subject} の{fields}を編集</translation>
    </message>
    <message>
      <source>Import scenario {name}</source>
      <translation>シナリオ {name} を取り込み</translation>
    </message>
    <message>
      <source>name</source>
      <extracomment>Terms that are the analyst's judgement: changing them needs a reason, kept with the term.</extracomment>
      <translation>名称</translation>
    </message>
    <message>
      <source>SPC</source>
      <translation>SPC</translation>
    </message>
    <message>
      <source>SPC form</source>
      <translation>SPC の形態</translation>
    </message>
    <message>
      <source>SPC country</source>
      <translation>SPC の所在国</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>backup line</source>
      <translation>バックアップ・ライン</translation>
    </message>
    <message>
      <source>sellers</source>
      <translation>売主</translation>
    </message>
    <message>
      <source>purchased assets</source>
      <translation>買取資産</translation>
    </message>
    <message>
      <source>bought as trust beneficial interest</source>
      <translation>信託受益権として取得</translation>
    </message>
    <message>
      <source>documents received</source>
      <translation>受領書類</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>assets' country</source>
      <translation>資産の所在国</translation>
    </message>
    <message>
      <source>cross-border</source>
      <translation>クロスボーダー</translation>
    </message>
    <message>
      <source>transfer-risk mitigants</source>
      <translation>送金リスクの軽減策</translation>
    </message>
    <message>
      <source>sensitive to a sovereign default</source>
      <translation>ソブリン・デフォルトの影響を受ける</translation>
    </message>
    <message>
      <source>subordination</source>
      <translation>劣後比率</translation>
    </message>
    <message>
      <source>cash reserve</source>
      <translation>現金準備金</translation>
    </message>
    <message>
      <source>commingling mitigated</source>
      <translation>コミングリング・リスクの手当て</translation>
    </message>
    <message>
      <source>collection period</source>
      <translation>回収期間</translation>
    </message>
    <message>
      <source>servicer-transfer reserve</source>
      <translation>サービサー交代準備金</translation>
    </message>
    <message>
      <source>target ratings</source>
      <translation>目標格付</translation>
    </message>
    <message>
      <source>Desk default</source>
      <extracomment>Values that are words: the Undo menu shows them translated.</extracomment>
      <translation>Desk既定値</translation>
    </message>
    <message>
      <source>group entity</source>
      <translation>グループ会社</translation>
    </message>
    <message>
      <source>unrated</source>
      <translation>格付なし</translation>
    </message>
    <message>
      <source>{name} ({rating})</source>
      <translation>{name}（{rating}）</translation>
    </message>
    <message>
      <source>Add ABCP program {name}</source>
      <translation>ABCP プログラム {name} を追加</translation>
    </message>
    <message>
      <source>Remove ABCP program {name}</source>
      <translation>ABCP プログラム {name} を削除</translation>
    </message>
    <message>
      <source>Set {terms}</source>
      <translation>{terms}を設定</translation>
    </message>
    <message>
      <source>Set {field} {old} → {new}</source>
      <translation>{field}を設定 {old} → {new}</translation>
    </message>
    <message>
      <source>Answer {point}: {answer}</source>
      <translation>{point} に回答：{answer}</translation>
    </message>
    <message>
      <source>Set {choice} {value}</source>
      <translation>{choice}を {value} に設定</translation>
    </message>
    <message>
      <source>Set {choice} Desk default</source>
      <translation>{choice}を Desk既定値 に設定</translation>
    </message>
    <message>
      <source>Set {rating} {what} {value}</source>
      <translation>{rating} の{what}を {value} に設定</translation>
    </message>
    <message>
      <source>Reset {rating} {what}</source>
      <translation>{rating} の{what}を既定に戻す</translation>
    </message>
    <message>
      <source>Import monthly history</source>
      <translation>月次推移データを取り込み</translation>
    </message>
    <message>
      <source>Import receivables</source>
      <translation>購入債権データを取り込み</translation>
    </message>
    <message>
      <source>Re-fit classes to the pool (keep amounts)</source>
      <translation>各クラスを裏付資産に合わせ直す（金額を維持）</translation>
    </message>
    <message>
      <source>Re-fit classes to the pool (keep shares)</source>
      <translation>各クラスを裏付資産に合わせ直す（構成比を維持）</translation>
    </message>
    <message>
      <source>Accept {item} {rating}</source>
      <translation>{item} {rating} を採用</translation>
    </message>
    <message>
      <source>Override {item} {rating}</source>
      <translation>{item} を {rating} にオーバーライド</translation>
    </message>
    <message>
      <source>Clear {item}</source>
      <translation>{item}の判断を取り消し</translation>
    </message>
    <message>
      <source>Add {name}</source>
      <translation>{name} を追加</translation>
    </message>
    <message>
      <source>Add entity</source>
      <translation>会社を追加</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>{name} を削除</translation>
    </message>
    <message>
      <source>Move {name}</source>
      <translation>{name} を移動</translation>
    </message>
    <message>
      <source>Rename {old} to {new}</source>
      <translation>{old} の名称を {new} に変更</translation>
    </message>
    <message>
      <source>Add country {code}</source>
      <translation>国 {code} を追加</translation>
    </message>
    <message>
      <source>Remove country {code}</source>
      <translation>国 {code} を削除</translation>
    </message>
    <message>
      <source>Remove {mechanism}</source>
      <translation>{mechanism}を削除</translation>
    </message>
    <message>
      <source>Set {mechanism}</source>
      <translation>{mechanism}を設定</translation>
    </message>
    <message>
      <source>Decide on the concentration in {region}</source>
      <translation>{region} への集中について判断</translation>
    </message>
    <message>
      <source>Import {name}</source>
      <translation>{name} を取り込み</translation>
    </message>
    <message>
      <source>Add pool {name}</source>
      <translation>裏付資産 {name} を追加</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} か月</translation>
    </message>
    <message>
      <source>Set {field}</source>
      <translation>{field}を設定</translation>
    </message>
    <message>
      <source>Remove adjustment of {rating} {component} multiplier for {segment}</source>
      <translation>{segment} の {rating} {component}乗数の調整を削除</translation>
    </message>
    <message>
      <source>Adjust {rating} {component} multiplier for {segment}</source>
      <translation>{segment} の {rating} {component}乗数を調整</translation>
    </message>
    <message>
      <source>Remove adjustment of {rating} {component} multiplier</source>
      <translation>{rating} {component}乗数の調整を削除</translation>
    </message>
    <message>
      <source>Adjust {rating} {component} multiplier</source>
      <translation>{rating} {component}乗数を調整</translation>
    </message>
    <message>
      <source>Edit classes</source>
      <translation>クラスを編集</translation>
    </message>
    <message>
      <source>Apply static-data base case</source>
      <translation>静態データのベースケースを適用</translation>
    </message>
    <message>
      <source>Add scenario {name}</source>
      <extracomment>The new scenario's senior class (no balance yet) and the residual holding the whole pool.</extracomment>
      <translation>シナリオ {name} を追加</translation>
    </message>
    <message>
      <source>Remove scenario {name}</source>
      <translation>シナリオ {name} を削除</translation>
    </message>
    <message>
      <source>Rename scenario to {name}</source>
      <translation>シナリオ名を {name} に変更</translation>
    </message>
    <message>
      <source>Make {name} the committee's scenario</source>
      <translation>{name} を格付委員会のシナリオにする</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailsDialog</name>
    <message>
      <source>Case details</source>
      <translation>案件の詳細</translation>
    </message>
    <message>
      <source>Committee date set</source>
      <translation>格付委員会の日付を設定</translation>
    </message>
    <message>
      <source>Names separated by commas</source>
      <translation>名前をカンマで区切って入力</translation>
    </message>
    <message>
      <source>Case name</source>
      <translation>案件名</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Analysts</source>
      <translation>担当アナリスト</translation>
    </message>
    <message>
      <source>Committee members</source>
      <translation>格付委員</translation>
    </message>
  </context>
  <context>
    <name>CaseDocument</name>
    <message>
      <source>Untitled case</source>
      <extracomment>Enough history for a committee day; QUndoStack's default is unlimited.</extracomment>
      <translation>無題の案件</translation>
    </message>
    <message>
      <source>This case is open read-only; use File → Save As to keep your own copy.</source>
      <translation>この案件は読み取り専用で開いています。ファイル → 名前を付けて保存 で自分の写しを残してください。</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <source>is not a JCR Desk case file</source>
      <extracomment>The system's ways of saying a disk (or the user's quota on a share) is full.</extracomment>
      <translation>JCR Desk の案件ファイルではありません</translation>
    </message>
    <message>
      <source>was not found (looked in {folder})</source>
      <translation>見つかりません（{folder} を探しました）</translation>
    </message>
    <message>
      <source>is a folder, not a JCR Desk case file</source>
      <translation>フォルダーです。JCR Desk の案件ファイルではありません</translation>
    </message>
    <message>
      <source>cannot be opened: permission denied</source>
      <translation>開けません：アクセス権がありません</translation>
    </message>
    <message>
      <source>cannot be read: {reason}</source>
      <translation>読めません：{reason}</translation>
    </message>
    <message>
      <source>is not a JCR Desk case file (the file is empty)</source>
      <translation>JCR Desk の案件ファイルではありません（ファイルが空です）</translation>
    </message>
    <message>
      <source>the file is cut short</source>
      <translation>ファイルが途中で切れています</translation>
    </message>
    <message>
      <source>is not a JCR Desk case file (it is a database of another program)</source>
      <translation>JCR Desk の案件ファイルではありません（別のプログラムのデータベースです）</translation>
    </message>
    <message>
      <source>the file is shorter than it should be (cut off while copying?)</source>
      <translation>ファイルが本来より短くなっています（コピーの途中で切れた可能性があります）</translation>
    </message>
    <message>
      <source>was saved by a newer JCR Desk (case format {version}); this version reads format {supported} — update JCR Desk</source>
      <translation>新しい JCR Desk で保存されています（案件形式 {version}）。このバージョンが読めるのは形式 {supported} までです — JCR Desk を更新してください</translation>
    </message>
    <message>
      <source>uses case format {version}, which this version of JCR Desk cannot read</source>
      <translation>案件形式 {version} です。このバージョンの JCR Desk では読めません</translation>
    </message>
    <message>
      <source>is damaged: {what}; the previous version is kept in {backup}</source>
      <translation>破損しています：{what}。以前の版は {backup} に保存されています</translation>
    </message>
    <message>
      <source>is damaged: {what}</source>
      <translation>破損しています：{what}</translation>
    </message>
  </context>
  <context>
    <name>CaseFileController</name>
    <message>
      <source>JCR Desk case (*{suffix})</source>
      <translation>JCR Desk ケースファイル (*{suffix})</translation>
    </message>
    <message>
      <source>Open case</source>
      <extracomment>Scenario ids whose stored results were computed under another rulebook, to run again.</extracomment>
      <translation>案件を開く</translation>
    </message>
    <message>
      <source>Could not open the case</source>
      <translation>案件を開けませんでした</translation>
    </message>
    <message>
      <source>Opening {name}…</source>
      <translation>{name} を開いています…</translation>
    </message>
    <message>
      <source>• stress result of {name}: to run again</source>
      <translation>• {name} のストレス計算結果：再計算が必要</translation>
    </message>
    <message>
      <source>{name} was last saved under rulebook {recorded}; this JCR Desk applies rulebook {current}.

Figures this may change:
{lines}</source>
      <translation>{name} はルールブック {recorded} で最後に保存されました。この JCR Desk はルールブック {current} を適用します。

変わる可能性のある数値：
{lines}</translation>
    </message>
    <message>
      <source>none found</source>
      <translation>見つかりません</translation>
    </message>
    <message>
      <source>Another rulebook</source>
      <translation>ルールブックが異なります</translation>
    </message>
    <message>
      <source>Run those stresses again now?</source>
      <translation>これらのストレス計算を今すぐやり直しますか？</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} は存在しません。</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>ファイルは読み取り専用です</translation>
    </message>
    <message>
      <source>the folder cannot be written to</source>
      <translation>フォルダーに書き込めません</translation>
    </message>
    <message>
      <source>open by {user} on {host}</source>
      <translation>{user} さんが {host} で使用中</translation>
    </message>
    <message>
      <source>Could not take over the case</source>
      <translation>案件を引き継げませんでした</translation>
    </message>
    <message>
      <source>Recover unsaved work?</source>
      <translation>未保存の作業を復元しますか？</translation>
    </message>
    <message>
      <source>JCR Desk closed before {name} was saved. Unsaved work from {when} can be recovered.

Recover it now? (No opens the saved version and keeps the unsaved work for later; Discard deletes it.)</source>
      <translation>{name} の保存前に JCR Desk が終了しました。{when} 時点の未保存の作業を復元できます。

今すぐ復元しますか？（「いいえ」は保存済みの版を開き、未保存の作業は後のために残します。「破棄」は削除します。）</translation>
    </message>
    <message>
      <source>Save case as</source>
      <translation>案件に名前を付けて保存</translation>
    </message>
    <message>
      <source>Could not save the case</source>
      <translation>案件を保存できませんでした</translation>
    </message>
    <message>
      <source>{file} is open by {user} on {host}; choose another name.</source>
      <translation>{file} は {host} の {user} が開いています。別の名前を指定してください。</translation>
    </message>
    <message>
      <source>Autosaving…</source>
      <translation>自動保存中…</translation>
    </message>
    <message>
      <source>an untitled case</source>
      <translation>無題の案件</translation>
    </message>
    <message>
      <source>JCR Desk closed before {name} was saved. Unsaved work from {when} can be recovered.

Recover it now?</source>
      <translation>{name} を保存する前に JCR Desk が終了しました。{when} 時点の未保存の作業を復元できます。

今すぐ復元しますか？</translation>
    </message>
    <message>
      <source>Recovering unsaved work…</source>
      <translation>未保存の作業を復元中…</translation>
    </message>
    <message>
      <source>Could not recover the case</source>
      <translation>案件を復元できませんでした</translation>
    </message>
  </context>
  <context>
    <name>ChecklistModel</name>
    <message>
      <source>Every loan of the pool carries the joint and several guarantee of the guarantee company affiliated with the originating bank.</source>
      <extracomment>The rulebook's requirements (resources/methodology/stress.toml) registered for pyside6-lupdate; a requirement the rulebook rewords shows in English until translated.</extracomment>
      <translation>プールのすべての債権に、オリジネーター銀行の関連保証会社による連帯保証が付いている。</translation>
    </message>
    <message>
      <source>The originating bank holds a rating from the agency at the level the deal needs.</source>
      <translation>オリジネーター銀行が、案件に必要な水準の当社格付を取得している。</translation>
    </message>
    <message>
      <source>The bank and its guarantee company form one business, or the contracts provide for it.</source>
      <translation>銀行と保証会社が一体として事業を営んでいる、または契約でそのように定められている。</translation>
    </message>
    <message>
      <source>The guarantee excuses payment only in narrow cases (such as the bank's breach, wilful misconduct or gross negligence), and in those cases the bank must buy the loan back.</source>
      <translation>保証の免責事由は限定的（銀行の義務違反、故意または重過失など）で、その場合は銀行が債権を買い戻す。</translation>
    </message>
    <message>
      <source>Where an excuse is not so limited (such as earthquake damage to the building), the structure says how the loss is met.</source>
      <translation>免責事由が限定されていない場合（地震による建物の損壊など）、その損失への手当てがストラクチャーに定められている。</translation>
    </message>
    <message>
      <source>A loan whose terms the bank eases (rate cut, longer term) must be bought back by the bank.</source>
      <translation>銀行が条件を緩和した債権（金利引下げ、期間延長）は銀行が買い戻す。</translation>
    </message>
    <message>
      <source>A legal opinion confirms that the transfer of the loans is a true sale.</source>
      <translation>債権の譲渡が真正売買であることを法律意見書が確認している。</translation>
    </message>
    <message>
      <source>Interest-rate, setoff and the other risks the guarantee does not cover have enhancement of their own (subordination or cash reserves).</source>
      <translation>金利、相殺など保証がカバーしないリスクには、それぞれ信用補完（劣後部分または現金準備金）がある。</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未決定</translation>
    </message>
    <message>
      <source>Requirement (002 §7(1))</source>
      <translation>要件（002 §7(1)）</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>ChecksModel</name>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未決定</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>区分</translation>
    </message>
    <message>
      <source>Point</source>
      <translation>確認事項</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出所</translation>
    </message>
    <message>
      <source>Desk default</source>
      <translation>Desk 既定値</translation>
    </message>
    <message>
      <source>methodology</source>
      <translation>格付方法</translation>
    </message>
    <message>
      <source>SPC</source>
      <translation>SPC</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>ファシリティ</translation>
    </message>
    <message>
      <source>Triggers, liquidity</source>
      <translation>トリガー・流動性</translation>
    </message>
  </context>
  <context>
    <name>ChecksPanel</name>
    <message>
      <source>Checks</source>
      <translation>確認事項</translation>
    </message>
    <message>
      <source>Double-click a point to answer it with its reason; an open point keeps the guideline open.</source>
      <translation>確認事項をダブルクリックして理由とともに回答します。未決定の事項があるとガイドラインは未決定のままです。</translation>
    </message>
    <message>
      <source>Documents received</source>
      <translation>受領書類</translation>
    </message>
  </context>
  <context>
    <name>ClassFitDialog</name>
    <message>
      <source>Classes sized for another pool</source>
      <translation>クラスは別のプールに合わせて設定されています</translation>
    </message>
    <message>
      <source>Keep the classes' amounts</source>
      <translation>クラスの金額を維持</translation>
    </message>
    <message>
      <source>Keep the classes' shares of the pool</source>
      <translation>クラスの構成比を維持</translation>
    </message>
    <message>
      <source>Why the classes are fitted so (required)</source>
      <translation>クラスをこのように合わせる理由（必須）</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Scenario {scenario}: its classes ({notes}) were sized for a pool of {sized}; the pool is now {pool}.</source>
      <translation>シナリオ {scenario}：クラス（{notes}）は {sized} のプールに合わせて設定されていますが、現在のプールは {pool} です。</translation>
    </message>
    <message>
      <source>{scenario}: not possible, the classes exceed the pool.</source>
      <translation>{scenario}：できません。クラス合計がプールを上回ります。</translation>
    </message>
    <message>
      <source>{scenario}: the {amount} the pool holds above the classes is over-collateralisation ({share} of the pool), enhancement every class has.</source>
      <translation>{scenario}：クラス合計を上回るプール残高 {amount} は超過担保（プールの {share}）で、全クラス共通の信用補完です。</translation>
    </message>
    <message>
      <source>{scenario}: not possible, the structure records no pool its classes were sized for.</source>
      <translation>{scenario}：できません。ストラクチャーにクラス設定の前提となったプールの記録がありません。</translation>
    </message>
    <message>
      <source>{scenario}: every class resized by {ratio} (classes total {total}).</source>
      <translation>{scenario}：全クラスを {ratio} 倍に変更（クラス合計 {total}）。</translation>
    </message>
  </context>
  <context>
    <name>CommitteeTab</name>
    <message>
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Committee date</source>
      <translation>格付委員会の日付</translation>
    </message>
    <message>
      <source>Analysts</source>
      <translation>担当アナリスト</translation>
    </message>
    <message>
      <source>Committee members</source>
      <translation>格付委員</translation>
    </message>
    <message>
      <source>Rulebook / application</source>
      <translation>ルールブック／適用</translation>
    </message>
    <message>
      <source>Edit details…</source>
      <translation>詳細を編集…</translation>
    </message>
    <message>
      <source>Disclosure details…</source>
      <translation>開示情報の詳細…</translation>
    </message>
    <message>
      <source>Rated items</source>
      <translation>格付対象</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>格付理由</translation>
    </message>
    <message>
      <source>Rating history</source>
      <translation>格付推移</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>監査ログ</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>格付委員会</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>記録なし</translation>
    </message>
  </context>
  <context>
    <name>CountriesPanel</name>
    <message>
      <source>Code, e.g. US</source>
      <translation>コード（例：US）</translation>
    </message>
    <message>
      <source>Add country</source>
      <translation>国を追加</translation>
    </message>
    <message>
      <source>Remove country</source>
      <translation>国を削除</translation>
    </message>
  </context>
  <context>
    <name>CountryTableModel</name>
    <message>
      <source>Code</source>
      <translation>コード</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Sovereign LC</source>
      <translation>ソブリン（自国通貨）</translation>
    </message>
    <message>
      <source>Sovereign FC</source>
      <translation>ソブリン（外貨）</translation>
    </message>
    <message>
      <source>Country ceiling</source>
      <translation>カントリー・シーリング</translation>
    </message>
    <message>
      <source>Hard currency</source>
      <translation>ハードカレンシー</translation>
    </message>
  </context>
  <context>
    <name>DecisionRow</name>
    <message>
      <source>Accept guideline</source>
      <translation>ガイドラインを採用</translation>
    </message>
    <message>
      <source>Override…</source>
      <translation>オーバーライド…</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>取消し</translation>
    </message>
    <message>
      <source>Guideline proposal</source>
      <translation>ガイドラインの提案</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>記録済み</translation>
    </message>
  </context>
  <context>
    <name>DeskDefaults</name>
    <message>
      <source>Precision of the solved enhancement</source>
      <extracomment>The Desk defaults a run can rest on, named for the analyst (context ``DeskDefaults``): the window and the command line show these words; the rulebook key stays in the JSON.</extracomment>
      <translation>必要信用補完の計算精度</translation>
    </message>
    <message>
      <source>Timing of defaults</source>
      <translation>デフォルトの発生時期の分布</translation>
    </message>
    <message>
      <source>Apartment loans' default rate by DSCR</source>
      <translation>アパートローンの DSCR 別デフォルト率</translation>
    </message>
    <message>
      <source>Yearly decline of collateral value</source>
      <translation>担保価値の年間下落率</translation>
    </message>
    <message>
      <source>Property sale cost</source>
      <translation>物件の売却費用</translation>
    </message>
    <message>
      <source>Special servicer's fee</source>
      <translation>特別サービサーの報酬</translation>
    </message>
    <message>
      <source>Recovery ratio by rating</source>
      <translation>格付別の回収率の掛け目</translation>
    </message>
    <message>
      <source>Months for rates to reach the stress</source>
      <translation>金利がストレス水準に達するまでの月数</translation>
    </message>
    <message>
      <source>Months between loan-rate reviews</source>
      <translation>貸出金利の見直し間隔（月）</translation>
    </message>
    <message>
      <source>Squeeze between loan and note rates</source>
      <translation>貸出金利と社債金利の利ざや縮小</translation>
    </message>
    <message>
      <source>Reference rate of floating notes</source>
      <translation>変動利付のクラスの基準金利</translation>
    </message>
    <message>
      <source>Trigger to sequential payment</source>
      <translation>シーケンシャル払いへの移行トリガー</translation>
    </message>
    <message>
      <source>Clean-up call run exercised and not exercised</source>
      <translation>クリーンアップ・コールの行使・不行使の両方で計算</translation>
    </message>
    <message>
      <source>Higher default multipliers for investment condominium and apartment loans</source>
      <translation>投資用マンション・アパートローンのデフォルト倍率の引上げ</translation>
    </message>
    <message>
      <source>Higher default multipliers for concentrated regions</source>
      <translation>集中する地域のデフォルト倍率の引上げ</translation>
    </message>
    <message>
      <source>Haircut on recoveries from the guarantor</source>
      <translation>保証会社からの回収の減額率</translation>
    </message>
    <message>
      <source>Step in which the rent guarantee is counted (months)</source>
      <translation>家賃保証の期間を数える単位（月）</translation>
    </message>
  </context>
  <context>
    <name>DisclosureDialog</name>
    <message>
      <source>Disclosure details</source>
      <translation>開示情報の詳細</translation>
    </message>
    <message>
      <source>Publication date set</source>
      <translation>公表日を設定</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>記載なし</translation>
    </message>
    <message>
      <source>issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>underwriter</source>
      <translation>引受人</translation>
    </message>
    <message>
      <source>depositor</source>
      <translation>預託者</translation>
    </message>
    <message>
      <source>sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>another party</source>
      <translation>その他の者</translation>
    </message>
    <message>
      <source>Third-party due diligence used (item 6)</source>
      <translation>第三者のデューデリジェンスの利用（項目6）</translation>
    </message>
    <message>
      <source>Which, for what</source>
      <translation>どれを何のために</translation>
    </message>
    <message>
      <source>Rating fee paid by (item 10)</source>
      <translation>格付手数料の支払者（項目10）</translation>
    </message>
    <message>
      <source>Other services paid for last fiscal year</source>
      <translation>前事業年度に対価を受けたその他のサービス</translation>
    </message>
    <message>
      <source>Which services</source>
      <translation>サービスの内容</translation>
    </message>
    <message>
      <source>ABS representations and warranties (item 14)</source>
      <translation>ABS の表明保証（項目14）</translation>
    </message>
    <message>
      <source>Responsible for the attestation</source>
      <translation>証明の責任者</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>件名</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
  </context>
  <context>
    <name>DraftExport</name>
    <message>
      <source>{file}: could not be written ({reason})</source>
      <translation>{file}：書き出せませんでした（{reason}）</translation>
    </message>
    <message>
      <source>{folder}: the folder could not be made ({reason})</source>
      <translation>{folder}：フォルダーを作成できませんでした（{reason}）</translation>
    </message>
  </context>
  <context>
    <name>EditRefused</name>
    <message>
      <source>That entity is no longer in the case.</source>
      <extracomment>Fields of an entity that ``SetEntityFields`` may change (name and parent have own commands). Fields of a country that ``SetCountryFields`` may change (the code identifies it). The importance grade that is rated bottom-up (from sole creditworthiness), not from the rulebook's top-down notching table.</extracomment>
      <translation>その企業はもう案件にありません。</translation>
    </message>
    <message>
      <source>There is no country {code} in the case.</source>
      <translation>案件に国 {code} はありません。</translation>
    </message>
    <message>
      <source>An entity needs a name.</source>
      <translation>企業には名称が必要です。</translation>
    </message>
    <message>
      <source>Ownership must be a percentage between 0 and 100.</source>
      <translation>出資比率は 0 から 100 までの百分率で入力してください。</translation>
    </message>
    <message>
      <source>Ownership of {value} % is impossible: it must be from 0 to 100 %.</source>
      <translation>出資比率 {value} % はあり得ません。0 % から 100 % の範囲で入力してください。</translation>
    </message>
    <message>
      <source>The {field} must be a code of letters, such as JP or JPY.</source>
      <translation>{field}は JP や JPY のような英字のコードで入力してください。</translation>
    </message>
    <message>
      <source>{value} is not a long-term rating, so it cannot be the {field}.</source>
      <translation>{value} は長期の格付ではないため、{field}にできません。</translation>
    </message>
    <message>
      <source>{value} is not a role JCR Desk knows.</source>
      <translation>{value} は JCR Desk が扱う役割ではありません。</translation>
    </message>
    <message>
      <source>{value} is not a sector JCR Desk knows.</source>
      <translation>{value} は JCR Desk が扱う業種ではありません。</translation>
    </message>
    <message>
      <source>{field} cannot be edited this way.</source>
      <translation>{field} はこの方法では編集できません。</translation>
    </message>
    <message>
      <source>{key} is not a financial figure JCR Desk uses.</source>
      <translation>{key} は JCR Desk が用いる財務数値ではありません。</translation>
    </message>
    <message>
      <source>The {field} must be an amount in yen.</source>
      <translation>{field}は円建ての金額で入力してください。</translation>
    </message>
    <message>
      <source>The {field} takes ¥0 or more; {amount} is impossible.</source>
      <translation>{field}は ¥0 以上です。{amount} はあり得ません。</translation>
    </message>
    <message>
      <source>{target} is not a part of an entity.</source>
      <translation>{target} は企業の項目ではありません。</translation>
    </message>
    <message>
      <source>The input {field} is yes or no.</source>
      <translation>入力項目「{field}」は「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
      <source>{value} is not allowed for {field}: choose one of {choices}.</source>
      <translation>{value} は{field}に使えません。{choices}のいずれかを選んでください。</translation>
    </message>
    <message>
      <source>{key} is not an input of any rule JCR Desk applies.</source>
      <translation>{key} は JCR Desk が適用するどのルールの入力項目でもありません。</translation>
    </message>
    <message>
      <source>A country needs a name.</source>
      <translation>国には名称が必要です。</translation>
    </message>
    <message>
      <source>Hard currency is yes or no.</source>
      <translation>ハードカレンシーは「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
      <source>An entity cannot be placed under itself or one of its own subsidiaries.</source>
      <translation>企業をそれ自身またはその子会社の下に置くことはできません。</translation>
    </message>
    <message>
      <source>A group company cannot sit under {parent}, which is not a group member.</source>
      <translation>グループ会社を、グループに属さない {parent} の下に置くことはできません。</translation>
    </message>
    <message>
      <source>The group already has a top parent ({top}); place this entity under a member of the group.</source>
      <translation>グループにはすでに最上位の親会社（{top}）があります。この企業はグループ内の企業の下に置いてください。</translation>
    </message>
    <message>
      <source>{member} is a group member under this entity, so it must stay a group member too.</source>
      <translation>この企業の下にグループ内の企業 {member} があるため、この企業もグループ内にとどまる必要があります。</translation>
    </message>
    <message>
      <source>ownership by parent</source>
      <extracomment>Fields a refusal names that have no label on the entity form (a country's fields, the entity's own, the financial figures whose label carries "(yen)").</extracomment>
      <translation>親会社の出資比率</translation>
    </message>
    <message>
      <source>local currency rating</source>
      <translation>自国通貨建て格付</translation>
    </message>
    <message>
      <source>foreign currency rating</source>
      <translation>外貨建て格付</translation>
    </message>
    <message>
      <source>country ceiling</source>
      <translation>カントリー・シーリング</translation>
    </message>
    <message>
      <source>hard currency</source>
      <translation>ハードカレンシー</translation>
    </message>
    <message>
      <source>country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>country code</source>
      <translation>国コード</translation>
    </message>
    <message>
      <source>equity capital</source>
      <translation>自己資本</translation>
    </message>
    <message>
      <source>investments in subsidiaries</source>
      <translation>関係会社株式</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <translation>{first}、{rest}</translation>
    </message>
    <message>
      <source>{first} or {rest}</source>
      <translation>{first} または {rest}</translation>
    </message>
    <message>
      <source>{first}; {rest}</source>
      <translation>{first}。{rest}</translation>
    </message>
    <message>
      <source>stress form</source>
      <extracomment>The analyst's stress choices a refusal names.</extracomment>
      <translation>ストレスの掛け方</translation>
    </message>
    <message>
      <source>base-case reading</source>
      <translation>ベースケースの採り方</translation>
    </message>
    <message>
      <source>The ABCP program this edit is for is no longer in the case.</source>
      <translation>この編集の対象の ABCP プログラムはもう案件にありません。</translation>
    </message>
    <message>
      <source>A program with the same identifier is already in the case.</source>
      <translation>同じ識別子のプログラムがすでに案件にあります。</translation>
    </message>
    <message>
      <source>Remove ABCP program {name}: removing a rated program needs a written reason.</source>
      <translation>ABCP プログラム {name} の削除：格付されたプログラムの削除には理由の記入が必要です。</translation>
    </message>
    <message>
      <source>{edit}: this is the analyst's judgement, recorded with its reason; write the reason.</source>
      <translation>{edit}：これはアナリストの判断であり、理由とともに記録されます。理由を記入してください。</translation>
    </message>
    <message>
      <source>A program has no term called {term}.</source>
      <translation>プログラムに {term} という条件はありません。</translation>
    </message>
    <message>
      <source>There is no checklist called {checklist}.</source>
      <translation>{checklist} というチェックリストはありません。</translation>
    </message>
    <message>
      <source>{key} is not a point of the {checklist} checklist.</source>
      <translation>{key} はチェックリスト {checklist} の項目ではありません。</translation>
    </message>
    <message>
      <source>A check is answered yes, no or open.</source>
      <translation>チェック項目には「はい」「いいえ」「未決定」のいずれかで答えてください。</translation>
    </message>
    <message>
      <source>There is no stress choice called {name}.</source>
      <translation>{name} というストレスの選択肢はありません。</translation>
    </message>
    <message>
      <source>The {choice} is one of {allowed}.</source>
      <translation>{choice}は {allowed} のいずれかです。</translation>
    </message>
    <message>
      <source>{rating} is not a target rating ({targets}).</source>
      <translation>{rating} は目標格付（{targets}）ではありません。</translation>
    </message>
    <message>
      <source>The stress form is one of {forms}.</source>
      <translation>ストレスの掛け方は {forms} のいずれかです。</translation>
    </message>
    <message>
      <source>A stress factor is a number above zero, not {value}.</source>
      <translation>ストレス係数はゼロより大きい数値です（{value} は不可）。</translation>
    </message>
    <message>
      <source>Refused: {problem}.</source>
      <translation>受け付けられません：{problem}。</translation>
    </message>
    <message>
      <source>The history has no month to import.</source>
      <translation>実績データに取り込める月がありません。</translation>
    </message>
    <message>
      <source>The tape has no receivable without errors, so there is nothing to import; the report lists what to correct.</source>
      <translation>債権データにエラーのない債権がないため、取り込むものがありません。修正すべき点はレポートに示しています。</translation>
    </message>
    <message>
      <source>The SPC form is one of {forms}.</source>
      <translation>SPC の形態は {forms} のいずれかです。</translation>
    </message>
    <message>
      <source>The purchased assets are one of {assets}.</source>
      <translation>買取資産は {assets} のいずれかです。</translation>
    </message>
    <message>
      <source>{document} is not a document the methodology lists.</source>
      <translation>{document} は格付方法に挙げられた書類ではありません。</translation>
    </message>
    <message>
      <source>{mitigant} is not a transfer-risk mitigant of {citation}.</source>
      <translation>{mitigant} は {citation} の移転リスク軽減策ではありません。</translation>
    </message>
    <message>
      <source>{party} is no longer an entity of the group tab.</source>
      <translation>{party} はもうグループ構成タブの企業ではありません。</translation>
    </message>
    <message>
      <source>A party is no longer an entity of the group tab.</source>
      <translation>関係者の一つがもうグループ構成タブの企業ではありません。</translation>
    </message>
    <message>
      <source>Every seller needs a name of its own.</source>
      <translation>各売り手にはそれぞれ別の名称が必要です。</translation>
    </message>
    <message>
      <source>{problem}.</source>
      <extracomment>The translation context of a case file's problems (``jcr_desk_ja.ts``).</extracomment>
      <translation>{problem}。</translation>
    </message>
    <message>
      <source>the classes of scenario {name} ({notes}) were sized for a pool of {sized_for}; the new pool is {pool}</source>
      <translation>シナリオ {name} の各クラス（{notes}）は {sized_for} のプールに合わせて設定されていますが、新しいプールは {pool} です</translation>
    </message>
    <message>
      <source>{misfits}. Choose to keep the classes' amounts (the difference becomes over-collateralisation) or to keep their shares (every class resized).</source>
      <translation>{misfits}。クラスの金額を維持する（差額は超過担保になります）か、構成比を維持する（各クラスの金額を変更します）かを選んでください。</translation>
    </message>
    <message>
      <source>The classes are re-fitted by {choices}.</source>
      <translation>クラスの合わせ直し方は {choices} です。</translation>
    </message>
    <message>
      <source>Scenario {name}: {problem}</source>
      <translation>シナリオ {name}：{problem}</translation>
    </message>
    <message>
      <source>The scenario has no pool with balances to fit its classes to.</source>
      <translation>このシナリオには、クラスを合わせる残高のあるプールがありません。</translation>
    </message>
    <message>
      <source>A case needs a name.</source>
      <translation>案件には名称が必要です。</translation>
    </message>
    <message>
      <source>The rationale is unchanged.</source>
      <translation>格付理由は変更されていません。</translation>
    </message>
    <message>
      <source>none</source>
      <extracomment>Rating actions as a refusal names them ("" when the case derives none).</extracomment>
      <translation>なし</translation>
    </message>
    <message>
      <source>assignment</source>
      <translation>新規付与</translation>
    </message>
    <message>
      <source>affirmation</source>
      <translation>据え置き</translation>
    </message>
    <message>
      <source>upgrade</source>
      <translation>引き上げ</translation>
    </message>
    <message>
      <source>downgrade</source>
      <translation>引き下げ</translation>
    </message>
    <message>
      <source>outlook change</source>
      <translation>見通し変更</translation>
    </message>
    <message>
      <source>This rated item is no longer in the case.</source>
      <translation>この格付対象はもう案件にありません。</translation>
    </message>
    <message>
      <source>Only a long-term issuer rating carries an outlook.</source>
      <translation>見通しが付くのは長期発行体格付だけです。</translation>
    </message>
    <message>
      <source>Not an outlook or credit monitor direction: {value}.</source>
      <translation>見通しでもクレジット・モニターの方向でもありません：{value}。</translation>
    </message>
    <message>
      <source>Only a short-term (CP) rating has a programme maximum.</source>
      <translation>発行限度額があるのは短期格付（CP 格付）だけです。</translation>
    </message>
    <message>
      <source>The CP maximum must be an amount in yen, not {value}.</source>
      <translation>CP 発行限度額は円建ての金額で入力してください（{value} は不可）。</translation>
    </message>
    <message>
      <source>The CP maximum must be more than ¥0 (got {amount}).</source>
      <translation>CP 発行限度額は ¥0 より大きくしてください（入力は {amount}）。</translation>
    </message>
    <message>
      <source>{action} is not a rating action (choose one of {actions}).</source>
      <translation>{action} は格付アクションではありません（{actions} のいずれかを選んでください）。</translation>
    </message>
    <message>
      <source>The case gives {derived}; choosing {action} needs a written reason.</source>
      <translation>案件からは{derived}となります。{action}を選ぶには理由の記入が必要です。</translation>
    </message>
    <message>
      <source>{payer} is not a fee payer (choose {choices}).</source>
      <translation>{payer} は手数料の支払者ではありません（{choices} から選んでください）。</translation>
    </message>
    <message>
      <source>History line {number}: the issuer name is empty.</source>
      <translation>格付推移の {number} 行目：発行体名が空です。</translation>
    </message>
    <message>
      <source>History line {number}: the issue name is empty.</source>
      <translation>格付推移の {number} 行目：債務の名称が空です。</translation>
    </message>
    <message>
      <source>History line {number}: {rating} is not a long-term or short-term rating.</source>
      <translation>格付推移の {number} 行目：{rating} は長期・短期いずれの格付でもありません。</translation>
    </message>
    <message>
      <source>History line {number}: not an outlook or credit monitor direction: {value}.</source>
      <translation>格付推移の {number} 行目：見通しでもクレジット・モニターの方向でもありません：{value}。</translation>
    </message>
    <message>
      <source>Enter the committee date first (Edit → Case details).</source>
      <translation>先に格付委員会の日付を入力してください（編集 → 案件の詳細）。</translation>
    </message>
    <message>
      <source>No proposal yet for: {items}.</source>
      <translation>まだ格付案がありません：{items}。</translation>
    </message>
    <message>
      <source>Enter the proposed outlook of: {items}.</source>
      <translation>見通しの案を入力してください：{items}。</translation>
    </message>
    <message>
      <source>The history already holds a line of {date} for: {items}.</source>
      <translation>格付推移にはすでに {date} の行があります：{items}。</translation>
    </message>
    <message>
      <source>long-term issuer rating</source>
      <extracomment>How each rated item reads in messages, the audit log and the panel.</extracomment>
      <translation>長期発行体格付</translation>
    </message>
    <message>
      <source>short-term (CP) rating</source>
      <translation>短期格付（CP 格付）</translation>
    </message>
    <message>
      <source>issue rating</source>
      <translation>個別債務格付</translation>
    </message>
    <message>
      <source>There is no rated item called {item}.</source>
      <translation>{item} という格付対象はありません。</translation>
    </message>
    <message>
      <source>The entity this decision is for is no longer in the case.</source>
      <translation>この決定の対象の企業はもう案件にありません。</translation>
    </message>
    <message>
      <source>{rating} is not a rating on the {item} scale.</source>
      <translation>{rating} は{item}の符号ではありません。</translation>
    </message>
    <message>
      <source>A decision needs the name of the analyst who records it.</source>
      <translation>決定には、記録するアナリストの名前が必要です。</translation>
    </message>
    <message>
      <source>The methodology leaves the {item} to judgement, so recording {rating} needs a written reason.</source>
      <translation>格付方法は{item}を判断に委ねているため、{rating} を記録するには理由の記入が必要です。</translation>
    </message>
    <message>
      <source>{rating} departs from the guideline's {proposal}; an override needs a written reason.</source>
      <translation>{rating} はガイドラインの {proposal} と異なります。オーバーライドには理由の記入が必要です。</translation>
    </message>
    <message>
      <source>There is no recorded {item} to clear.</source>
      <translation>取り消す{item}の記録はありません。</translation>
    </message>
    <message>
      <source>An entity with the same identifier is already in the case.</source>
      <translation>同じ識別子の企業がすでに案件にあります。</translation>
    </message>
    <message>
      <source>The case already has a country with the code {code}.</source>
      <translation>コード {code} の国はすでに案件にあります。</translation>
    </message>
    <message>
      <source>guarantee company</source>
      <extracomment>The parties a mechanism names, as a refusal names them.</extracomment>
      <translation>保証会社</translation>
    </message>
    <message>
      <source>rent guarantee</source>
      <translation>家賃保証</translation>
    </message>
    <message>
      <source>group credit life insurance</source>
      <translation>団体信用生命保険</translation>
    </message>
    <message>
      <source>sublease company</source>
      <translation>サブリース会社</translation>
    </message>
    <message>
      <source>There is no mechanism called {name}.</source>
      <translation>{name} という仕組みはありません。</translation>
    </message>
    <message>
      <source>The {mechanism} needs its own record.</source>
      <translation>{mechanism}にはそれ専用の記録が必要です。</translation>
    </message>
    <message>
      <source>{key} is not a requirement of {citation}.</source>
      <translation>{key} は {citation} の要件ではありません。</translation>
    </message>
    <message>
      <source>The answer to {key} needs its reason.</source>
      <translation>{key} への回答には理由が必要です。</translation>
    </message>
    <message>
      <source>A concentration decision is {decisions}.</source>
      <translation>集中についての判断は {decisions} です。</translation>
    </message>
    <message>
      <source>The {party} is no longer an entity of the group tab.</source>
      <translation>{party}はもうグループ構成タブの企業ではありません。</translation>
    </message>
    <message>
      <source>{rating} is not a rating (the {party}'s).</source>
      <translation>{rating} は格付ではありません（{party}の格付）。</translation>
    </message>
    <message>
      <source>The tape has no loan without errors, so there is nothing to import; the validation report lists what to correct.</source>
      <translation>債権データにエラーのない債権がないため、取り込むものがありません。修正すべき点は検証レポートに示しています。</translation>
    </message>
    <message>
      <source>A pool with the same identifier is already in the case.</source>
      <translation>同じ識別子のプールがすでに案件にあります。</translation>
    </message>
    <message>
      <source>The pool this import was to replace is no longer in the case.</source>
      <translation>この取り込みで置き換えるはずのプールはもう案件にありません。</translation>
    </message>
    <message>
      <source>Re-fitting the classes to the new pool is a recorded decision, so it needs a written reason.</source>
      <translation>クラスを新しいプールに合わせ直すことは記録される判断のため、理由の記入が必要です。</translation>
    </message>
    <message>
      <source>lifetime default rate</source>
      <extracomment>Assumptions that are fractions between 0 and 1. Typing one of these replaces the base case's source with the analyst's own. Structure fractions. An absent trigger takes the rulebook's Desk default; 0 means the deal has none. An absent or 0 clean-up call means the deal states none (seed 002 §2(1)(c)).</extracomment>
      <translation>累積デフォルト率</translation>
    </message>
    <message>
      <source>CPR</source>
      <translation>期限前償還率（CPR）</translation>
    </message>
    <message>
      <source>recovery rate</source>
      <translation>回収率</translation>
    </message>
    <message>
      <source>foreclosure lag</source>
      <translation>担保処分までの期間</translation>
    </message>
    <message>
      <source>target ratings</source>
      <translation>目標格付</translation>
    </message>
    <message>
      <source>first-five-years default</source>
      <translation>当初 5 年間のデフォルト</translation>
    </message>
    <message>
      <source>after-five-years default</source>
      <translation>5 年経過後のデフォルト</translation>
    </message>
    <message>
      <source>prepayment</source>
      <translation>期限前償還</translation>
    </message>
    <message>
      <source>payment order</source>
      <translation>支払順位</translation>
    </message>
    <message>
      <source>commingling mitigation</source>
      <translation>コミングリングの手当て</translation>
    </message>
    <message>
      <source>default trap</source>
      <translation>デフォルト・トラップ</translation>
    </message>
    <message>
      <source>liquidity reserve</source>
      <translation>流動性準備金</translation>
    </message>
    <message>
      <source>interest-rate hedge</source>
      <translation>金利ヘッジ</translation>
    </message>
    <message>
      <source>loan rate base matches the notes</source>
      <translation>貸付金利の基準が受益権と一致</translation>
    </message>
    <message>
      <source>collections swept daily</source>
      <translation>回収金の日次移動</translation>
    </message>
    <message>
      <source>sequential trigger</source>
      <translation>シーケンシャル・トリガー</translation>
    </message>
    <message>
      <source>clean-up call</source>
      <translation>クリーンアップ・コール</translation>
    </message>
    <message>
      <source>trust fee</source>
      <translation>信託報酬</translation>
    </message>
    <message>
      <source>servicing fee</source>
      <translation>サービシング手数料</translation>
    </message>
    <message>
      <source>segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <source>region</source>
      <translation>地域</translation>
    </message>
    <message>
      <source>The scenario this edit is for is no longer in the case.</source>
      <extracomment>What the audit log says of a what-if edit made without a reason.</extracomment>
      <translation>この編集の対象のシナリオはもう案件にありません。</translation>
    </message>
    <message>
      <source>The {what} is {value}; allowed: {allowed}.</source>
      <translation>{what}が {value} です。使えるのは {allowed} です。</translation>
    </message>
    <message>
      <source>{edit}: every change to the committee's scenario is a recorded decision, so it needs a written reason.</source>
      <translation>{edit}：格付委員会のシナリオの変更はすべて記録される判断のため、理由の記入が必要です。</translation>
    </message>
    <message>
      <source>There is no stress assumption called {name}.</source>
      <translation>{name} というストレスの前提はありません。</translation>
    </message>
    <message>
      <source>{rating} is not a rating.</source>
      <translation>{rating} は格付ではありません。</translation>
    </message>
    <message>
      <source>{rating} is not one of this scenario's target ratings.</source>
      <translation>{rating} はこのシナリオの目標格付ではありません。</translation>
    </message>
    <message>
      <source>There is no stress multiplier called {name}.</source>
      <translation>{name} というストレス倍率はありません。</translation>
    </message>
    <message>
      <source>An adjustment names its factor, one of {factors}; got {factor}.</source>
      <translation>調整にはその要因（{factors} のいずれか）が必要です。入力は {factor} です。</translation>
    </message>
    <message>
      <source>The multiplier</source>
      <translation>倍率</translation>
    </message>
    <message>
      <source>A stress multiplier must be above zero.</source>
      <translation>ストレス倍率はゼロより大きくしてください。</translation>
    </message>
    <message>
      <source>The {rating} {component} multiplier is not adjusted.</source>
      <translation>{rating} の{component}の倍率は調整されていません。</translation>
    </message>
    <message>
      <source>The {rating} {component} multiplier for {segment} is not adjusted.</source>
      <translation>{segment} についての {rating} の{component}の倍率は調整されていません。</translation>
    </message>
    <message>
      <source>There is no structure option called {name}.</source>
      <translation>{name} というストラクチャーの項目はありません。</translation>
    </message>
    <message>
      <source>The payment order is {orders}.</source>
      <translation>支払順位は {orders} です。</translation>
    </message>
    <message>
      <source>The commingling mitigation is one of {choices}.</source>
      <translation>コミングリングの手当ては {choices} のいずれかです。</translation>
    </message>
    <message>
      <source>{option} is yes or no.</source>
      <translation>{option}は「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
      <source>The base default rate</source>
      <translation>ベースケースのデフォルト率</translation>
    </message>
    <message>
      <source>The CPR</source>
      <translation>期限前償還率（CPR）</translation>
    </message>
    <message>
      <source>A timing-curve share</source>
      <translation>デフォルト時期カーブの構成比</translation>
    </message>
    <message>
      <source>The default-timing curve needs non-negative monthly shares that add up to more than zero.</source>
      <translation>デフォルト時期カーブには、負でない月次の構成比で合計がゼロより大きいものが必要です。</translation>
    </message>
    <message>
      <source>A structure needs at least one class.</source>
      <translation>ストラクチャーには少なくとも 1 つのクラスが必要です。</translation>
    </message>
    <message>
      <source>A structure needs at least one rated (non-residual) class.</source>
      <translation>ストラクチャーには格付対象（劣後部分でない）のクラスが少なくとも 1 つ必要です。</translation>
    </message>
    <message>
      <source>name</source>
      <extracomment>A class's fields as a refusal names them ("Class B's balance", not "Class B.balance").</extracomment>
      <translation>名称</translation>
    </message>
    <message>
      <source>rank</source>
      <translation>返済順位</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>残高</translation>
    </message>
    <message>
      <source>coupon type</source>
      <translation>利率の種類</translation>
    </message>
    <message>
      <source>coupon</source>
      <translation>利率</translation>
    </message>
    <message>
      <source>description</source>
      <translation>説明</translation>
    </message>
    <message>
      <source>{owner}'s {field}</source>
      <translation>{owner} の{field}</translation>
    </message>
    <message>
      <source>Give the target ratings as a list, e.g. AAA, AA, A, BBB.</source>
      <translation>目標格付は AAA, AA, A, BBB のように一覧で入力してください。</translation>
    </message>
    <message>
      <source>No stress multipliers for {rating}: {problem}.</source>
      <translation>{rating} のストレス倍率がありません：{problem}。</translation>
    </message>
    <message>
      <source>{what} must be a number, not {value}.</source>
      <translation>{what}は数値で入力してください（{value} は不可）。</translation>
    </message>
    <message>
      <source>{what} must be between 0 % and 100 %; {percent} % is outside that range.</source>
      <translation>{what}は 0 % から 100 % の範囲で入力してください。{percent} % は範囲外です。</translation>
    </message>
    <message>
      <source>The foreclosure lag</source>
      <translation>担保処分までの期間</translation>
    </message>
    <message>
      <source>The foreclosure lag is a whole number of months from 0; got {value}.</source>
      <translation>担保処分までの期間は 0 以上の整数の月数です。入力は {value} です。</translation>
    </message>
    <message>
      <source>A scenario with the same identifier is already in the case.</source>
      <translation>同じ識別子のシナリオがすでに案件にあります。</translation>
    </message>
    <message>
      <source>Removing {name} is a recorded decision, so it needs a written reason.</source>
      <translation>{name} の削除は記録される判断のため、理由の記入が必要です。</translation>
    </message>
    <message>
      <source>The scenario is already called {name}.</source>
      <translation>シナリオの名称はすでに {name} です。</translation>
    </message>
    <message>
      <source>{name} is already the committee's scenario.</source>
      <translation>{name} はすでに格付委員会のシナリオです。</translation>
    </message>
    <message>
      <source>Make {name} the committee's scenario: one written reason covers all the changes made to it as a what-if.</source>
      <translation>{name} を格付委員会のシナリオにする：試算として加えた変更すべてについて、一つの理由を記入してください。</translation>
    </message>
    <message>
      <source>A scenario needs a name.</source>
      <translation>シナリオには名称が必要です。</translation>
    </message>
    <message>
      <source>The case already has a scenario called {name}; choose another name.</source>
      <translation>案件にはすでに {name} というシナリオがあります。別の名称を選んでください。</translation>
    </message>
  </context>
  <context>
    <name>EnhancementLayers</name>
    <message>
      <source>Bad loan</source>
      <translation>貸倒れ</translation>
    </message>
    <message>
      <source>Interest rate</source>
      <translation>金利</translation>
    </message>
    <message>
      <source>Commingling</source>
      <translation>コミングリング</translation>
    </message>
    <message>
      <source>Setoff</source>
      <translation>相殺</translation>
    </message>
  </context>
  <context>
    <name>EnhancementTableModel</name>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>%s
required</source>
      <translation>%s
必要</translation>
    </message>
    <message>
      <source>%s
available</source>
      <translation>%s
確保</translation>
    </message>
    <message>
      <source>fail (%s)</source>
      <translation>不足（%s）</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>充足</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>Bad-loan CE of this class: %s</source>
      <translation>このクラスの不良債権に対する信用補完：%s</translation>
    </message>
    <message>
      <source>Breakeven default multiple: %s</source>
      <translation>損益分岐デフォルト倍率：%s</translation>
    </message>
    <message>
      <source>Clean-up call: %s</source>
      <translation>クリーンアップ・コール：%s</translation>
    </message>
    <message>
      <source>Not achievable: even the whole pool as subordination is not enough.</source>
      <translation>達成できません。プール全体を劣後させても不足します。</translation>
    </message>
    <message>
      <source>Classes below it %s, over-collateralisation %s</source>
      <translation>劣後クラス %s、超過担保 %s</translation>
    </message>
  </context>
  <context>
    <name>EntityForm</name>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>Ratio of investments in subsidiaries and affiliates to equity, both non-consolidated; at or above 1.20 (120 %) it is treated as high.</source>
      <extracomment>The rulebook's note on double leverage (resources/methodology/groups.toml), registered so the tooltip reads in Japanese; a changed note shows in English until translated.</extracomment>
      <translation>関係会社株式の自己資本に対する比率（いずれも単体）。1.20（120 %）以上を高いとみなします。</translation>
    </message>
    <message>
      <source>{ratio} % — at or above the {mark} % mark</source>
      <translation>{ratio} % — 目安 {mark} % 以上</translation>
    </message>
    <message>
      <source>{ratio} % — below the {mark} % mark</source>
      <translation>{ratio} % — 目安 {mark} % 未満</translation>
    </message>
    <message>
      <source> (Desk default)</source>
      <translation>（Desk既定値）</translation>
    </message>
    <message>
      <source>Select an entity of the group to edit it.</source>
      <translation>グループの会社を選ぶと編集できます。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>The name drafts in Japanese use</source>
      <translation>日本語のドラフトで使う名称</translation>
    </message>
    <message>
      <source>0 to 100 %; empty when not known</source>
      <translation>0～100 %。不明なら空欄</translation>
    </message>
    <message>
      <source>Japanese name</source>
      <translation>日本語名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>業種</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>Ownership by parent</source>
      <translation>親会社の出資比率</translation>
    </message>
    <message>
      <source>Double leverage</source>
      <translation>ダブルレバレッジ</translation>
    </message>
    <message>
      <source>enter both figures (high from {high} %)</source>
      <translation>両方の数値を入力してください（{high} % 以上で高い）</translation>
    </message>
    <message>
      <source>Source: %s</source>
      <translation>出典：%s</translation>
    </message>
    <message>
      <source>Edit refused</source>
      <translation>変更できません</translation>
    </message>
  </context>
  <context>
    <name>EntityTreeModel</name>
    <message>
      <source>Holding company</source>
      <translation>持株会社</translation>
    </message>
    <message>
      <source>Intermediate holding company</source>
      <translation>中間持株会社</translation>
    </message>
    <message>
      <source>Core company</source>
      <translation>中核会社</translation>
    </message>
    <message>
      <source>Group company</source>
      <translation>グループ会社</translation>
    </message>
    <message>
      <source>Guarantor</source>
      <translation>保証会社</translation>
    </message>
    <message>
      <source>Servicer</source>
      <translation>サービサー</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>SPV / trust</source>
      <translation>SPV／信託</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Sovereign</source>
      <translation>ソブリン</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>銀行</translation>
    </message>
    <message>
      <source>Trust bank</source>
      <translation>信託銀行</translation>
    </message>
    <message>
      <source>Insurer</source>
      <translation>保険会社</translation>
    </message>
    <message>
      <source>Securities</source>
      <translation>証券会社</translation>
    </message>
    <message>
      <source>Card / nonbank</source>
      <translation>カード／ノンバンク</translation>
    </message>
    <message>
      <source>Industrial</source>
      <translation>事業会社</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>信託</translation>
    </message>
    <message>
      <source>Entity</source>
      <translation>会社</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>役割</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>業種</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>Ownership %</source>
      <translation>出資比率（%）</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>An unexpected problem occurred ({kind}: {error}).</source>
      <translation>予期しない問題が発生しました（{kind}: {error}）。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export committee workbook</source>
      <translation>格付委員会ワークブックを書き出し</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>参照…</translation>
    </message>
    <message>
      <source>Add every loan as an appendix (%s loans)</source>
      <translation>全債権を付録として追加（%s 件）</translation>
    </message>
    <message>
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>シナリオ</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>書き出し</translation>
    </message>
    <message>
      <source>Choose where to write the workbook.</source>
      <translation>ワークブックの保存先を選んでください。</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>ワークブックを書き出し中…</translation>
    </message>
    <message>
      <source>Exporting the committee workbook</source>
      <translation>格付委員会ワークブックを書き出し中</translation>
    </message>
    <message>
      <source>Workbook not exported</source>
      <translation>ワークブックを書き出していません</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>キャンセルしました。何も書き出していません。</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>キャンセル中…</translation>
    </message>
  </context>
  <context>
    <name>ExportNotices</name>
    <message>
      <source>{count} value(s) of {column} had control characters replaced (the first here)</source>
      <translation>{column} の値 {count} 件で制御文字を置き換えました（最初の 1 件がこのセル）</translation>
    </message>
    <message>
      <source>{count} value(s) of {column} were cut to {limit} characters (the first here)</source>
      <translation>{column} の値 {count} 件を {limit} 文字で切りました（最初の 1 件がこのセル）</translation>
    </message>
    <message>
      <source>{count} control character(s) replaced by {replacement} (a cell cannot hold them)</source>
      <extracomment>Excel's limit on the characters of one cell. Characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return; lone surrogates; the two non-characters U+FFFE and U+FFFF). The translation context of what cleaning changed (``[context.ExportNotices]``).</extracomment>
      <translation>制御文字 {count} 個を {replacement} に置き換えました（セルに入れられない文字です）</translation>
    </message>
    <message>
      <source>text cut to {limit} characters (Excel's limit for one cell); the full text stays in the case</source>
      <translation>文字列を {limit} 文字で切りました（Excel の 1 セルの上限）。全文は案件に残っています</translation>
    </message>
  </context>
  <context>
    <name>FileReasons</name>
    <message>
      <source>Permission denied</source>
      <extracomment>The translation context of the reasons (``[context.FileReasons]``).</extracomment>
      <translation>アクセス権がありません</translation>
    </message>
    <message>
      <source>Operation not permitted</source>
      <translation>操作が許可されていません</translation>
    </message>
    <message>
      <source>Is a directory</source>
      <translation>フォルダーです</translation>
    </message>
    <message>
      <source>Not a directory</source>
      <translation>フォルダーではありません</translation>
    </message>
    <message>
      <source>No such file or directory</source>
      <translation>ファイルまたはフォルダーがありません</translation>
    </message>
    <message>
      <source>File exists</source>
      <translation>同じ名前のファイルがあります</translation>
    </message>
    <message>
      <source>No space left on device</source>
      <translation>ディスクの空きがありません</translation>
    </message>
    <message>
      <source>Disk quota exceeded</source>
      <translation>ディスクの割当量を超えました</translation>
    </message>
    <message>
      <source>Read-only file system</source>
      <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
      <source>File name too long</source>
      <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
      <source>Input/output error</source>
      <translation>入出力エラー</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message>
      <source>none of the targets</source>
      <translation>目標格付のいずれにも届かない</translation>
    </message>
  </context>
  <context>
    <name>GroupChart</name>
    <message>
      <source>check the inputs</source>
      <extracomment>Export scale over screen pixels: about 290 dpi, sharp when the workbook is printed.</extracomment>
      <translation>入力を確認</translation>
    </message>
    <message>
      <source>left to judgement</source>
      <translation>判断に委ねる</translation>
    </message>
  </context>
  <context>
    <name>GroupChartView</name>
    <message>
      <source>No entities in the case yet.</source>
      <translation>案件にはまだ会社がありません。</translation>
    </message>
    <message>
      <source>cannot write the group chart to {path}</source>
      <translation>グループ図を {path} に書き出せません</translation>
    </message>
  </context>
  <context>
    <name>GroupTab</name>
    <message>
      <source>Export chart as PNG…</source>
      <translation>図を PNG で書き出し…</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>グループ</translation>
    </message>
    <message>
      <source>Chart</source>
      <translation>図</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>国</translation>
    </message>
    <message>
      <source> group chart.png</source>
      <translation> グループ図.png</translation>
    </message>
    <message>
      <source>Export group chart</source>
      <translation>グループ図を書き出し</translation>
    </message>
    <message>
      <source>PNG (*.png)</source>
      <translation>PNG (*.png)</translation>
    </message>
    <message>
      <source>Could not export the chart</source>
      <translation>図を書き出せませんでした</translation>
    </message>
  </context>
  <context>
    <name>GroupTreePanel</name>
    <message>
      <source>Add group company</source>
      <translation>グループ会社を追加</translation>
    </message>
    <message>
      <source>Add a group company under the selected entity</source>
      <translation>選択した会社の下にグループ会社を追加</translation>
    </message>
    <message>
      <source>Add holding company</source>
      <translation>持株会社を追加</translation>
    </message>
    <message>
      <source>Start the group with its holding company</source>
      <translation>持株会社からグループを作成</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Remove the selected entity and everything below it</source>
      <translation>選択した会社とその下のすべてを削除</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>名前を変更</translation>
    </message>
    <message>
      <source>Rename the selected entity (F2 or double-click)</source>
      <translation>選択した会社の名前を変更（F2 またはダブルクリック）</translation>
    </message>
    <message>
      <source>New group company</source>
      <translation>新しいグループ会社</translation>
    </message>
    <message>
      <source>New holding company</source>
      <translation>新しい持株会社</translation>
    </message>
    <message>
      <source>Remove {name} with the company directly under it and the decisions recorded on them? You can undo this.</source>
      <translation>{name} を、直下の会社 1 社およびそれらについて記録された判断とともに削除しますか？ 元に戻せます。</translation>
    </message>
    <message>
      <source>Remove {name} with the {count} companies directly under it and the decisions recorded on them? You can undo this.</source>
      <translation>{name} を、直下の会社 {count} 社およびそれらについて記録された判断とともに削除しますか？ 元に戻せます。</translation>
    </message>
    <message>
      <source>Remove entity</source>
      <translation>会社を削除</translation>
    </message>
  </context>
  <context>
    <name>Guideline</name>
    <message>
      <source>Foreign-currency rating: the country ceiling of {country} ({ceiling}) caps whatever rating the analyst sets.</source>
      <translation>外貨建て格付：{country} のカントリー・シーリング（{ceiling}）がアナリストの設定する格付の上限になります。</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>未入力</translation>
    </message>
    <message>
      <source>Holding company of an industrial group (004 §1)</source>
      <translation>事業会社グループの持株会社（004 §1）</translation>
    </message>
    <message>
      <source>Intermediate holding company of a financial group (001 §2)</source>
      <translation>金融グループの中間持株会社（001 §2）</translation>
    </message>
    <message>
      <source>Financial holding company (001 §2)</source>
      <translation>金融持株会社（001 §2）</translation>
    </message>
    <message>
      <source>Core company of a financial group (001 §3)</source>
      <translation>金融グループの中核会社（001 §3）</translation>
    </message>
    <message>
      <source>Group company of a financial group (001 §3)</source>
      <translation>金融グループのグループ会社（001 §3）</translation>
    </message>
    <message>
      <source>No rating to compare with the ceiling.</source>
      <translation>シーリングと比較する格付がありません。</translation>
    </message>
    <message>
      <source>Local-currency rating: the country ceiling does not cap it.</source>
      <translation>自国通貨建て格付：カントリー・シーリングによる上限はありません。</translation>
    </message>
    <message>
      <source>Exception to the ceiling (e.g. strong support from a parent abroad): not capped.</source>
      <translation>シーリングの例外（海外の親会社からの強い支援など）：上限を適用しません。</translation>
    </message>
    <message>
      <source>Rated above the country ceiling by exception: the committee must confirm it.</source>
      <translation>例外としてカントリー・シーリングを上回る格付：格付委員会での確認が必要です。</translation>
    </message>
    <message>
      <source>Country ceiling not entered: the cap is not checked.</source>
      <translation>カントリー・シーリングが未入力のため、上限を確認していません。</translation>
    </message>
    <message>
      <source>Enter the country ceiling of the entity's country.</source>
      <translation>この会社の所在国のカントリー・シーリングを入力してください。</translation>
    </message>
    <message>
      <source>country ceiling {limit}</source>
      <translation>カントリー・シーリング {limit}</translation>
    </message>
    <message>
      <source>Single-country deal in the domestic currency: the ceiling does not cap it.</source>
      <translation>単一国・自国通貨建ての案件：シーリングによる上限はありません。</translation>
    </message>
    <message>
      <source>Ceiling of the assets' country not entered.</source>
      <translation>裏付資産の所在国のシーリングが未入力です。</translation>
    </message>
    <message>
      <source>Transfer risk mitigated ({mitigants}): may exceed the ceiling.</source>
      <translation>トランスファーリスクを軽減（{mitigants}）：シーリングを上回ることがあります。</translation>
    </message>
    <message>
      <source>Above the country ceiling only if the mitigants truly reduce transfer risk.</source>
      <translation>軽減策がトランスファーリスクを実際に低減する場合に限り、カントリー・シーリングを上回ります。</translation>
    </message>
    <message>
      <source>ceiling of the assets' country, {limit}</source>
      <translation>裏付資産の所在国のシーリング {limit}</translation>
    </message>
    <message>
      <source>Assets sensitive to a sovereign default: unlikely above the sovereign.</source>
      <translation>ソブリンのデフォルトに影響を受けやすい裏付資産：ソブリンを上回ることは考えにくい。</translation>
    </message>
    <message>
      <source>Sovereign rating not entered.</source>
      <translation>ソブリン格付が未入力です。</translation>
    </message>
    <message>
      <source>sovereign {limit}</source>
      <translation>ソブリン {limit}</translation>
    </message>
    <message>
      <source>Rated above the sovereign: check how the assets would fare in its default.</source>
      <translation>ソブリンを上回る格付：ソブリンのデフォルト時に裏付資産がどうなるかを確認してください。</translation>
    </message>
    <message>
      <source>Capped at the {what}.</source>
      <translation>{what} を上限とします。</translation>
    </message>
    <message>
      <source>Within the {what}.</source>
      <translation>{what} の範囲内です。</translation>
    </message>
    <message>
      <source>Group creditworthiness is not entered.</source>
      <translation>グループ信用力（GCW）が未入力です。</translation>
    </message>
    <message>
      <source>Group control is not sufficient: the rating may sit far below group creditworthiness; at least {notches}, the analyst sets the number.</source>
      <translation>グループの統制が十分でない：格付はグループ信用力を大きく下回ることがあります。少なくとも {notches}、ノッチ数はアナリストが決めます。</translation>
    </message>
    <message>
      <source>Intermediate holding company with group support through the parent highly likely: it may take group creditworthiness even with a cash-flow problem.</source>
      <translation>親会社を通じたグループの支援の可能性が極めて高い中間持株会社：キャッシュフローに問題があってもグループ信用力と同等とすることがあります。</translation>
    </message>
    <message>
      <source>Group creditworthiness has problems: the notching may widen as resolution becomes more likely.</source>
      <translation>グループ信用力に問題がある：破綻処理の可能性が高まるにつれてノッチ差が拡大することがあります。</translation>
    </message>
    <message>
      <source>Weak group creditworthiness: decide how far beyond the usual notch to go.</source>
      <translation>グループ信用力が弱い：通常のノッチ差をどこまで広げるかを判断してください。</translation>
    </message>
    <message>
      <source>Mutual support within the group is strictly restricted: more than {notches} below group creditworthiness.</source>
      <translation>グループ内の相互支援が厳しく制限されている：グループ信用力から {notches} を超えて下回ります。</translation>
    </message>
    <message>
      <source>a cash-flow problem</source>
      <translation>キャッシュフローに問題あり</translation>
    </message>
    <message>
      <source>no cash-flow problem</source>
      <translation>キャッシュフローに問題なし</translation>
    </message>
    <message>
      <source>SPE resolution not indicated in advance, {cash_flow}: {notches} below group creditworthiness.</source>
      <translation>SPE による破綻処理が事前に示されていない、{cash_flow}：グループ信用力から {notches} 下。</translation>
    </message>
    <message>
      <source>SPE resolution not indicated: weigh resolution risk case by case.</source>
      <translation>SPE による破綻処理が示されていない：破綻処理リスクを個別に検討してください。</translation>
    </message>
    <message>
      <source>SPE resolution indicated, large restrictions on preventive measures: {notches} for resolution risk.</source>
      <translation>SPE による破綻処理が示され、予防的措置への制約が大きい：破綻処理リスクとして {notches}。</translation>
    </message>
    <message>
      <source>The resolution notch already covers the holding company's risk: no further notch for the cash-flow problem.</source>
      <translation>破綻処理のノッチが持株会社のリスクを既に反映しているため、キャッシュフローの問題による追加のノッチはありません。</translation>
    </message>
    <message>
      <source>SPE resolution indicated, few restrictions on preventive measures, group creditworthiness {threshold} or higher, {cash_flow}: {notches}.</source>
      <translation>SPE による破綻処理が示され、予防的措置への制約が小さく、グループ信用力が {threshold} 以上、{cash_flow}：{notches}。</translation>
    </message>
    <message>
      <source>SPE resolution indicated, group creditworthiness below {threshold}: {notches} for resolution risk whatever the cash-flow balance.</source>
      <translation>SPE による破綻処理が示され、グループ信用力が {threshold} 未満：キャッシュフローの状況にかかわらず破綻処理リスクとして {notches}。</translation>
    </message>
    <message>
      <source>Importance to the group is not entered.</source>
      <translation>グループにおける重要性が未入力です。</translation>
    </message>
    <message>
      <source>Large company for the group: the gap to GCW widens as GCW falls.</source>
      <translation>グループにとって規模の大きい会社：GCW が低下するにつれて GCW との差が広がります。</translation>
    </message>
    <message>
      <source>Exception to the GCW cap claimed: confirm the group keeps this company strong even at its own cost.</source>
      <translation>GCW による上限の例外を主張：グループが自らの負担でもこの会社を支えることを確認してください。</translation>
    </message>
    <message>
      <source>Importance to the group '{importance}': {notches} below GCW.</source>
      <translation>グループにおける重要性「{importance}」：GCW から {notches} 下。</translation>
    </message>
    <message>
      <source>Joined by management integration, integration '{integration}': {notches} below GCW.</source>
      <translation>経営統合によりグループ入り、統合の度合い「{integration}」：GCW から {notches} 下。</translation>
    </message>
    <message>
      <source>Joined by management integration, integration '{integration}': {notches} below GCW or more.</source>
      <translation>経営統合によりグループ入り、統合の度合い「{integration}」：GCW から {notches} 以上下。</translation>
    </message>
    <message>
      <source>Integration looks like relief: consider wider notching or bottom-up.</source>
      <translation>統合は救済の性格が強い：ノッチ差の拡大またはボトムアップを検討してください。</translation>
    </message>
    <message>
      <source>Core company stronger than the group: its SCW may be the starting point.</source>
      <translation>グループより信用力の高い中核会社：その個別信用力（SCW）を出発点とすることがあります。</translation>
    </message>
    <message>
      <source>Sole creditworthiness is not entered: the widening and the floor are not checked.</source>
      <translation>個別信用力（SCW）が未入力のため、ノッチ差の拡大と下限を確認していません。</translation>
    </message>
    <message>
      <source>Support does not take the company below its own SCW.</source>
      <translation>支援を考慮しても、その会社の SCW を下回ることはありません。</translation>
    </message>
    <message>
      <source>Support does not take the company below its own SCW (nor above GCW).</source>
      <translation>支援を考慮しても、その会社の SCW を下回ることはありません（GCW を上回ることもありません）。</translation>
    </message>
    <message>
      <source>SCW is above GCW: the rating is capped at GCW.</source>
      <translation>SCW が GCW を上回る：格付は GCW を上限とします。</translation>
    </message>
    <message>
      <source>Small company: no widening for its weak SCW.</source>
      <translation>小規模な会社：SCW が弱くてもノッチ差を拡大しません。</translation>
    </message>
    <message>
      <source>SCW is {gap} below GCW (more than {threshold}): at least {extra} more (the methodology's {full} is phased in one notch per notch of gap, so a weaker group never rates the company higher).</source>
      <translation>SCW は GCW より {gap} 下（{threshold} 超）：少なくともさらに {extra}（格付方法の {full} は差 1 ノッチごとに 1 ノッチずつ段階的に適用し、グループが弱いほど会社の格付が高くなることはありません）。</translation>
    </message>
    <message>
      <source>SCW is {gap} below GCW (more than {threshold}): at least {extra} more.</source>
      <translation>SCW は GCW より {gap} 下（{threshold} 超）：少なくともさらに {extra}。</translation>
    </message>
    <message>
      <source>Sole creditworthiness is not entered: the bottom-up approach starts from it.</source>
      <translation>個別信用力（SCW）が未入力です。ボトムアップ・アプローチはこれを出発点とします。</translation>
    </message>
    <message>
      <source>Integration seen as relief: rated bottom-up; top-down 2 or more is the alternative.</source>
      <translation>統合は救済とみなされる：ボトムアップで評価。代替はトップダウンで 2 ノッチ以上。</translation>
    </message>
    <message>
      <source>Low importance, group support recognised: {notches} above SCW ({lowest} to {highest} allowed).</source>
      <translation>重要性は低いが、グループの支援を認める：SCW から {notches} 上（{lowest}～{highest} の範囲）。</translation>
    </message>
    <message>
      <source>Group support not recognised: no uplift over SCW.</source>
      <translation>グループの支援を認めない：SCW からの引き上げはありません。</translation>
    </message>
    <message>
      <source>Capped at GCW.</source>
      <translation>GCW を上限とします。</translation>
    </message>
    <message>
      <source>Not above what a top-down company of '{importance}' importance would get.</source>
      <translation>重要性「{importance}」のトップダウンの会社が得る格付を上回りません。</translation>
    </message>
    <message>
      <source>The group rating is not entered.</source>
      <translation>グループの格付が未入力です。</translation>
    </message>
    <message>
      <source>Significant weakness in the stand-alone cash-flow balance: {notches} below the group rating.</source>
      <translation>単体のキャッシュフロー・バランスに大きな弱さ：グループの格付から {notches} 下。</translation>
    </message>
    <message>
      <source>Weak stand-alone cash flow: the analyst decides how far to notch.</source>
      <translation>単体のキャッシュフローが弱い：ノッチ数はアナリストが決めます。</translation>
    </message>
    <message>
      <source>Group control is not strong: no mechanical result; notching is the analyst's call.</source>
      <translation>グループの統制が強くない：機械的な結果はなく、ノッチ数はアナリストの判断です。</translation>
    </message>
    <message>
      <source>Strong group control and no cash-flow concern: same as the group rating.</source>
      <translation>グループの統制が強く、キャッシュフローの懸念もない：グループの格付と同等。</translation>
    </message>
    <message>
      <source>The subsidiaries guarantee the issue: structural subordination is offset.</source>
      <translation>子会社が債務を保証：構造劣後は解消されます。</translation>
    </message>
    <message>
      <source>Double leverage figures are not entered: subordination not checked.</source>
      <translation>ダブルレバレッジの数値が未入力のため、構造劣後を確認していません。</translation>
    </message>
    <message>
      <source>double leverage {ratio} (high from {mark})</source>
      <translation>ダブルレバレッジ比率 {ratio}（{mark} 以上で高い）</translation>
    </message>
    <message>
      <source>Not high, {ratio}: no notch.</source>
      <translation>高くない、{ratio}：ノッチなし。</translation>
    </message>
    <message>
      <source>High, {ratio}, but the group rating is above {low_from}: no notch.</source>
      <translation>高い、{ratio}。ただしグループの格付が {low_from} を上回る：ノッチなし。</translation>
    </message>
    <message>
      <source>High double leverage: watch it should the group rating fall.</source>
      <translation>ダブルレバレッジが高い：グループの格付が低下した場合に注意してください。</translation>
    </message>
    <message>
      <source>High, {ratio}, group rating {low_from} or lower: {notches} for structural subordination.</source>
      <translation>高い、{ratio}、グループの格付が {low_from} 以下：構造劣後として {notches}。</translation>
    </message>
    <message>
      <source>Subsidiaries' creditors hold collateral: the issue is subordinated to them (already reflected).</source>
      <translation>子会社の債権者が担保を保有：当該債務はそれらに劣後します（反映済み）。</translation>
    </message>
    <message>
      <source>Subsidiaries' creditors hold collateral: the issue is subordinated to them; {notches}.</source>
      <translation>子会社の債権者が担保を保有：当該債務はそれらに劣後します。{notches}。</translation>
    </message>
    <message>
      <source>Secured subsidiary creditors: judge how far the subordination goes.</source>
      <translation>子会社に担保付債権者がいる：劣後の程度を判断してください。</translation>
    </message>
    <message>
      <source>{count} notch</source>
      <extracomment>The translation context of step reasons and flags (``jcr_desk_ja.ts``).</extracomment>
      <translation>{count}ノッチ</translation>
    </message>
    <message>
      <source>{count} notches</source>
      <translation>{count}ノッチ</translation>
    </message>
  </context>
  <context>
    <name>GuidelinePanel</name>
    <message>
      <source>analyst's judgement</source>
      <translation>アナリストの判断</translation>
    </message>
    <message>
      <source>nothing recorded yet</source>
      <translation>まだ記録はありません</translation>
    </message>
    <message>
      <source> — override</source>
      <translation> — オーバーライド</translation>
    </message>
    <message>
      <source> — as the guideline</source>
      <translation> — ガイドラインどおり</translation>
    </message>
    <message>
      <source>, by %s on %s</source>
      <translation>、%s（%s）</translation>
    </message>
    <message>
      <source>Reason: %s</source>
      <translation>理由：%s</translation>
    </message>
    <message>
      <source>The guideline has changed since (%s then).</source>
      <translation>その後ガイドラインが変わりました（当時は %s）。</translation>
    </message>
    <message>
      <source>Long-term issuer rating</source>
      <translation>長期発行体格付</translation>
    </message>
    <message>
      <source>Short-term / CP rating</source>
      <translation>短期格付／CP 格付</translation>
    </message>
    <message>
      <source>Issue ratings of the holding company</source>
      <translation>持株会社の個別債務格付</translation>
    </message>
    <message>
      <source>Select an entity of the group to see its guideline.</source>
      <translation>グループの会社を選ぶとガイドラインを表示します。</translation>
    </message>
    <message>
      <source>The selected entity is no longer in the case.</source>
      <translation>選択した会社は案件にありません。</translation>
    </message>
    <message>
      <source>The guideline cannot be worked out: %s</source>
      <translation>ガイドラインを算出できません：%s</translation>
    </message>
    <message>
      <source>No notching rule of the methodology covers this entity's role.</source>
      <translation>この会社の役割に当てはまるノッチングの規定は格付方法にありません。</translation>
    </message>
    <message>
      <source>No long-term proposal yet, so no short-term one either.</source>
      <translation>長期の提案がまだないため、短期の提案もありません。</translation>
    </message>
    <message>
      <source>%s, from the long-term %s through the rulebook's long-to-short table (Desk default).</source>
      <translation>%s（長期 %s からルールブックの長期・短期対応表による。Desk 既定値）。</translation>
    </message>
  </context>
  <context>
    <name>GuidelineView</name>
    <message>
      <source>Starting point</source>
      <translation>起点</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>提案</translation>
    </message>
    <message>
      <source>Allowed range</source>
      <translation>許容範囲</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>The methodology leaves this rating to the analyst's judgement: record it with a reason.</source>
      <translation>格付方法はこの格付をアナリストの判断に委ねています。理由とともに記録してください。</translation>
    </message>
    <message>
      <source>Needs the analyst's judgement before accepting: check the steps above.</source>
      <translation>採用の前にアナリストの判断が必要です。上の各段階を確認してください。</translation>
    </message>
    <message>
      <source>Look at:</source>
      <translation>確認事項：</translation>
    </message>
    <message>
      <source>%s or lower</source>
      <translation>%s 以下</translation>
    </message>
    <message>
      <source>%s to %s</source>
      <translation>%s～%s</translation>
    </message>
  </context>
  <context>
    <name>HistoryFile</name>
    <message>
      <source>Issuer Name</source>
      <extracomment>The translation context of the history file's sentences (``[context.HistoryFile]``). Each column named for the analyst (the English is the English header of ``HEADERS``).</extracomment>
      <translation>発行体名</translation>
    </message>
    <message>
      <source>Issue Name</source>
      <translation>銘柄名</translation>
    </message>
    <message>
      <source>Publication Date</source>
      <translation>公表日</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Outlook/Direction</source>
      <translation>見通し/方向性</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <extracomment>Other headers the import recognises for each column, beside those of ``HEADERS``.</extracomment>
      <translation>… ほか {count} 件</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}, {problem}</source>
      <translation>{file}、シート {sheet}、{problem}</translation>
    </message>
    <message>
      <source>{file}: {count} problem(s); nothing was imported.</source>
      <translation>{file}：問題が {count} 件あります。何も取り込んでいません。</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: the table has no rating lines.</source>
      <translation>{file}、シート {sheet}：表に格付の行がありません。</translation>
    </message>
    <message>
      <source>{file}: no sheet has the rating history's header row ({headers}, or the same in Japanese) in its first {rows} rows</source>
      <translation>{file}：格付推移の見出し行（{headers}、または同じ意味の英語の見出し）が、どのシートの先頭 {rows} 行にもありません</translation>
    </message>
    <message>
      <source>Issuer Name, Issue Name, Publication Date, Rating, Outlook/Direction</source>
      <translation>発行体名、銘柄名、公表日、格付、見通し/方向性</translation>
    </message>
    <message>
      <source>row {row}, column {column} ({header}): {problem}</source>
      <translation>{row} 行目、{column} 列（{header}）：{problem}</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>空欄です</translation>
    </message>
    <message>
      <source>{value} is not a date</source>
      <translation>{value} は日付ではありません</translation>
    </message>
    <message>
      <source>{value} is not a rating symbol</source>
      <translation>{value} は格付記号ではありません</translation>
    </message>
    <message>
      <source>{value} is not an outlook or credit monitor direction</source>
      <translation>{value} は見通しでもクレジット・モニターの方向性でもありません</translation>
    </message>
    <message>
      <source>{file}: the folder {folder} does not exist</source>
      <translation>{file}：フォルダー {folder} がありません</translation>
    </message>
    <message>
      <source>{file}: could not be written ({reason})</source>
      <translation>{file}：書き出せませんでした（{reason}）</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>銘柄</translation>
    </message>
    <message>
      <source>Publication date</source>
      <translation>公表日</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Outlook / direction</source>
      <translation>見通し／方向性</translation>
    </message>
    <message>
      <source>%s is not a date: write it as 2021-04-20.</source>
      <translation>%s は日付ではありません。2021-04-20 の形式で入力してください。</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Receivables balance</source>
      <translation>債権残高</translation>
    </message>
    <message>
      <source>Credit loss</source>
      <translation>貸倒損失率</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>キャンセル率</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>月次回収率</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
      <translation>Excel ワークブック (*.xlsx *.xlsm *.xls *.ods);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Record committee result</source>
      <translation>格付委員会の結果を記録</translation>
    </message>
    <message>
      <source>Append every item's decided rating, dated the committee's day (one undo)</source>
      <translation>決定した格付を格付委員会の日付で全項目に追記（一度で元に戻せます）</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>取込み…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>行を追加</translation>
    </message>
    <message>
      <source>Remove lines</source>
      <translation>行を削除</translation>
    </message>
    <message>
      <source>The committee's result is in the history (Edit → Undo takes it back).</source>
      <translation>格付委員会の結果を格付推移に記録しました（編集 → 元に戻すで取り消せます）。</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Issue</source>
      <translation>銘柄</translation>
    </message>
    <message>
      <source>A line was added: double-click a cell to change it.</source>
      <translation>行を追加しました。セルをダブルクリックして変更できます。</translation>
    </message>
    <message>
      <source>Select the lines to remove first.</source>
      <translation>先に削除する行を選んでください。</translation>
    </message>
    <message>
      <source>Import rating history</source>
      <translation>格付推移を取込み</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>%s を読込み中…</translation>
    </message>
    <message>
      <source>Reading rating history</source>
      <translation>格付推移を読込み中</translation>
    </message>
    <message>
      <source>Rating history not imported</source>
      <translation>格付推移を取り込んでいません</translation>
    </message>
    <message>
      <source>Replace the rating history?</source>
      <translation>格付推移を置き換えますか？</translation>
    </message>
    <message>
      <source>The case holds %d history lines; %s has %d. Replace them?</source>
      <translation>案件には格付推移が %d 行、%s には %d 行あります。置き換えますか？</translation>
    </message>
    <message>
      <source>Import cancelled; the history is unchanged.</source>
      <translation>取込みをキャンセルしました。格付推移は変更されていません。</translation>
    </message>
    <message>
      <source>%d lines imported from %s.</source>
      <translation>%d 行を %s から取り込みました。</translation>
    </message>
    <message>
      <source>Skipped: %s.</source>
      <translation>対象外：%s。</translation>
    </message>
    <message>
      <source>Export rating history</source>
      <translation>格付推移を書き出し</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing rating history</source>
      <translation>格付推移を書き出し中</translation>
    </message>
    <message>
      <source>History written to %s.</source>
      <translation>格付推移を %s に書き出しました。</translation>
    </message>
    <message>
      <source>Rating history not exported</source>
      <translation>格付推移を書き出していません</translation>
    </message>
    <message>
      <source>Import monthly history…</source>
      <translation>月次実績を取込み…</translation>
    </message>
    <message>
      <source>Import receivables…</source>
      <translation>買取債権を取込み…</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>指標</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>SD</source>
      <translation>標準偏差</translation>
    </message>
    <message>
      <source>Trend / year</source>
      <translation>トレンド（年率）</translation>
    </message>
    <message>
      <source>Trend at latest</source>
      <translation>トレンドの直近値</translation>
    </message>
    <message>
      <source>Latest months</source>
      <translation>直近数か月の平均</translation>
    </message>
    <message>
      <source>Peak</source>
      <translation>ピーク</translation>
    </message>
    <message>
      <source>Base case from the history</source>
      <translation>月次実績によるベースケース</translation>
    </message>
    <message>
      <source>Monthly rates of the population</source>
      <translation>母集団債権の月次実績</translation>
    </message>
    <message>
      <source>History: none imported yet (003 No. 2 §3(2)(ii)(a) asks for it).</source>
      <translation>月次実績：未取込み（003 No. 2 §3(2)(ii)(a) で必要）。</translation>
    </message>
    <message>
      <source>History: {file}, sheet {sheet}, {months} months</source>
      <translation>月次実績：{file}、シート {sheet}、{months} か月</translation>
    </message>
    <message>
      <source>Receivables: none imported yet.</source>
      <translation>買取債権：未取込み。</translation>
    </message>
    <message>
      <source>Receivables: {file}, {count:,} receivables, ¥{total:,.0f}</source>
      <translation>買取債権：{file}、{count:,} 件、{total:,.0f} 円</translation>
    </message>
    <message>
      <source>Credit loss</source>
      <translation>貸倒損失率</translation>
    </message>
    <message>
      <source>Cancellation</source>
      <translation>キャンセル率</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>月次回収率</translation>
    </message>
    <message>
      <source>Import the population's monthly history</source>
      <translation>母集団債権の月次実績を取込み</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>{file} を読込み中</translation>
    </message>
    <message>
      <source>Import the purchased receivables</source>
      <translation>買取債権を取込み</translation>
    </message>
    <message>
      <source>Import cancelled.</source>
      <translation>取込みをキャンセルしました。</translation>
    </message>
    <message>
      <source>Imported {months} months of history.</source>
      <translation>{months} か月分の月次実績を取り込みました。</translation>
    </message>
    <message>
      <source>Receivables not imported</source>
      <translation>買取債権を取り込んでいません</translation>
    </message>
    <message>
      <source>{file}: {problems}</source>
      <translation>{file}：{problems}</translation>
    </message>
    <message>
      <source>Imported {count:,} receivables; {excluded:,} rows with errors left out.</source>
      <translation>{count:,} 件の買取債権を取り込みました。エラーのある {excluded:,} 行は除外しました。</translation>
    </message>
    <message>
      <source>File not imported</source>
      <translation>ファイルを取り込んでいません</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>Another import is running; import this tape when it has finished.</source>
      <translation>別の取込みが実行中です。終了後にこのデータを取り込んでください。</translation>
    </message>
    <message>
      <source>Opening {file}</source>
      <translation>{file} を開いています</translation>
    </message>
    <message>
      <source>Reading headers of {file}</source>
      <translation>{file} の見出しを読込み中</translation>
    </message>
    <message>
      <source>Checking the codes in {file}</source>
      <translation>{file} のコードを確認中</translation>
    </message>
    <message>
      <source>Read {rows} rows</source>
      <translation>{rows} 行を読込み</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>{file} を読込み中</translation>
    </message>
    <message>
      <source>Imported {count} loans from {file} as pool {pool}.</source>
      <translation>{file} から {count} 件の債権をプール {pool} として取り込みました。</translation>
    </message>
    <message>
      <source>Import of {file} cancelled; the case is unchanged.</source>
      <translation>{file} の取込みをキャンセルしました。案件は変更されていません。</translation>
    </message>
    <message>
      <source>Import cancelled; the case is unchanged.</source>
      <translation>取込みをキャンセルしました。案件は変更されていません。</translation>
    </message>
    <message>
      <source>Cannot import the tape</source>
      <translation>債権データを取り込めません</translation>
    </message>
  </context>
  <context>
    <name>ImportReviewDialog</name>
    <message>
      <source>Review the tape before importing it</source>
      <translation>取り込む前に債権データを確認</translation>
    </message>
    <message>
      <source>Nothing can be imported until this is resolved: {what}</source>
      <translation>これを解決するまで取り込めません：{what}</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Read as</source>
      <translation>読み方</translation>
    </message>
    <message>
      <source>From</source>
      <translation>出所</translation>
    </message>
    <message>
      <source>Problems (errors {errors}, warnings {warnings})</source>
      <translation>問題（エラー {errors}、警告 {warnings}）</translation>
    </message>
    <message>
      <source>Summary &amp;&amp; strats</source>
      <translation>概要と層別集計</translation>
    </message>
    <message>
      <source>How the tape was read</source>
      <translation>データの読み方</translation>
    </message>
    <message>
      <source>Replace pool</source>
      <translation>プールを置き換え</translation>
    </message>
    <message>
      <source>Add as another pool</source>
      <translation>別のプールとして追加</translation>
    </message>
    <message>
      <source>Pool name</source>
      <translation>プール名</translation>
    </message>
    <message>
      <source>This case has a pool</source>
      <translation>この案件にはプールがあります</translation>
    </message>
    <message>
      <source>Replacing moves the scenarios built on the replaced pool to the new one; with a second pool every scenario keeps the pool it was built on. Undo takes either back.</source>
      <translation>置き換えると、元のプールのシナリオは新しいプールに移ります。別のプールとして追加すると、各シナリオは元のプールのままです。どちらも元に戻せます。</translation>
    </message>
    <message>
      <source>Import {count} loans</source>
      <translation>{count} 件の債権を取込み</translation>
    </message>
    <message>
      <source>{rows} rows read: {importable} loans can be imported, {excluded} rows are excluded.</source>
      <translation>{rows} 行を読込み：{importable} 件の債権を取込み可能、{excluded} 行を除外。</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>見出し</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>{row} 行目</translation>
    </message>
    <message>
      <source>rows {first}–{last}</source>
      <translation>{first}～{last} 行目</translation>
    </message>
    <message>
      <source>Totals row</source>
      <translation>合計行</translation>
    </message>
    <message>
      <source>checked against the loans</source>
      <translation>債権と照合済み</translation>
    </message>
    <message>
      <source>Footnote</source>
      <translation>注記</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{date}, inferred</source>
      <translation>{date}、推定</translation>
    </message>
    <message>
      <source>Cut-off date</source>
      <translation>基準日</translation>
    </message>
    <message>
      <source>not decided</source>
      <translation>未決定</translation>
    </message>
    <message>
      <source>{unit}, as chosen</source>
      <translation>{unit}（選択どおり）</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Select a rated item to set its outlook or action.</source>
      <translation>格付対象を選ぶと、見通しや格付アクションを設定できます。</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>未入力</translation>
    </message>
    <message>
      <source>yen, e.g. 1,000,000,000,000</source>
      <translation>円（例：1,000,000,000,000）</translation>
    </message>
    <message>
      <source>as derived</source>
      <translation>導出どおり</translation>
    </message>
    <message>
      <source>Why the action differs from the derived one</source>
      <translation>格付アクションが導出と異なる理由</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>適用</translation>
    </message>
    <message>
      <source>Outlook / direction</source>
      <translation>見通し／方向性</translation>
    </message>
    <message>
      <source>CP maximum (yen)</source>
      <translation>CP 発行限度額（円）</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>格付アクション</translation>
    </message>
    <message>
      <source>%s is not an amount in yen.</source>
      <translation>%s は円建ての金額ではありません。</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <source>today</source>
      <translation>本日</translation>
    </message>
    <message>
      <source>{days} days ago</source>
      <translation>{days} 日前</translation>
    </message>
    <message>
      <source>{name} is open by {user} on {host} since {since} ({age}).</source>
      <translation>{name} は {since}（{age}）から {user} さんが {host} で開いています。</translation>
    </message>
    <message>
      <source>Open it read-only? You can keep your changes with Save As.</source>
      <translation>読み取り専用で開きますか？変更は「名前を付けて保存」で残せます。</translation>
    </message>
    <message>
      <source>If {user} is no longer working on it (a crash or a computer switched off can leave a lock behind), you can take it over: changes {user} has not saved would be lost. The take-over is recorded in the case's audit log.</source>
      <translation>{user} さんが作業していない場合（異常終了や電源断でロックが残ることがあります）は引き継げます。{user} さんの未保存の変更は失われます。引継ぎは案件の監査ログに記録されます。</translation>
    </message>
    <message>
      <source>Case in use</source>
      <translation>案件は使用中です</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>読み取り専用で開く</translation>
    </message>
    <message>
      <source>Take over the lock</source>
      <translation>ロックを引き継ぐ</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Group structure</source>
      <translation>グループ構成</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>プール</translation>
    </message>
    <message>
      <source>Stress &amp;&amp; enhancement</source>
      <translation>ストレスと信用補完</translation>
    </message>
    <message>
      <source>ABCP program</source>
      <translation>ABCP プログラム</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>格付委員会</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>{path} を保存しました</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新規(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>開く(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近使った案件(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <source>Case &amp;details…</source>
      <translation>案件の詳細(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About {app}</source>
      <translation>{app} について(&amp;A)</translation>
    </message>
    <message>
      <source>No recent cases</source>
      <translation>最近の案件はありません</translation>
    </message>
    <message>
      <source>Clear list</source>
      <translation>一覧を消去</translation>
    </message>
    <message>
      <source>Case is read-only</source>
      <translation>案件は読み取り専用です</translation>
    </message>
    <message>
      <source>Edit refused</source>
      <translation>変更できません</translation>
    </message>
    <message>
      <source> (read-only: {reason})</source>
      <translation>（読み取り専用：{reason}）</translation>
    </message>
    <message>
      <source>not loaded ({reason})</source>
      <translation>読み込めません（{reason}）</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>{app} について</translation>
    </message>
    <message>
      <source>Prepares rating committees: group structure, loan pools, stresses and credit enhancement, committee outputs.</source>
      <translation>格付委員会の準備を支援します：グループ構造、裏付資産（ローン債権）、ストレスと信用補完、委員会資料。</translation>
    </message>
    <message>
      <source>Rulebook {version}</source>
      <translation>ルールブック {version}</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>未保存の変更</translation>
    </message>
    <message>
      <source>Save the changes to {name}?</source>
      <translation>{name} の変更を保存しますか？</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Map the tape's columns</source>
      <translation>データの列の対応付け</translation>
    </message>
    <message>
      <source>Automatic (by header names)</source>
      <translation>自動（見出し名から）</translation>
    </message>
    <message>
      <source>Originator name, e.g. ABC Bank</source>
      <translation>オリジネーター名（例：ABC銀行）</translation>
    </message>
    <message>
      <source>Save this mapping under the originator's name</source>
      <translation>この対応付けをオリジネーター名で保存</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Read tape</source>
      <translation>データを読込み</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>プール特性</translation>
    </message>
    <message>
      <source>Originator</source>
      <translation>オリジネーター</translation>
    </message>
    <message>
      <source>Cut-off date</source>
      <translation>基準日</translation>
    </message>
    <message>
      <source>Cut-off of this originator's tapes</source>
      <translation>このオリジネーターのデータの基準日</translation>
    </message>
    <message>
      <source>header in row {row}</source>
      <translation>見出しは {row} 行目</translation>
    </message>
    <message>
      <source>header in rows {first}–{last}</source>
      <translation>見出しは {first}～{last} 行目</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {columns} columns, {where}</source>
      <translation>{file}、シート {sheet}：{columns} 列、{where}</translation>
    </message>
    <message>
      <source>an identifier</source>
      <translation>識別子</translation>
    </message>
    <message>
      <source>a date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>an amount of money</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>an interest rate</source>
      <translation>金利</translation>
    </message>
    <message>
      <source>a ratio</source>
      <translation>比率</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>数値</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <source>a code</source>
      <translation>区分コード</translation>
    </message>
    <message>
      <source>yes or no</source>
      <translation>はい／いいえ</translation>
    </message>
    <message>
      <source>text</source>
      <translation>文字列</translation>
    </message>
    <message>
      <source>{label} *</source>
      <translation>{label} *</translation>
    </message>
    <message>
      <source>{name}: {kind}, required</source>
      <translation>{name}：{kind}（必須）</translation>
    </message>
    <message>
      <source>{name}: {kind}</source>
      <translation>{name}：{kind}</translation>
    </message>
    <message>
      <source>(not in the tape)</source>
      <translation>（データにない項目）</translation>
    </message>
    <message>
      <source>yen</source>
      <translation>円</translation>
    </message>
    <message>
      <source>thousand yen (千円)</source>
      <translation>千円</translation>
    </message>
    <message>
      <source>percent (1.25 = 1.25 %)</source>
      <translation>パーセント（1.25 = 1.25 %）</translation>
    </message>
    <message>
      <source>fraction (0.0125 = 1.25 %)</source>
      <translation>小数（0.0125 = 1.25 %）</translation>
    </message>
    <message>
      <source>read from the title rows; ask when there is none</source>
      <translation>表題行から読み取り、なければ確認</translation>
    </message>
    <message>
      <source>the newest origination date (shown as inferred)</source>
      <translation>最新の実行日（推定と表示）</translation>
    </message>
    <message>
      <source>ask for each tape</source>
      <translation>データごとに確認</translation>
    </message>
    <message>
      <source>choose…</source>
      <translation>選択…</translation>
    </message>
    <message>
      <source>Not decided: {reasons}</source>
      <translation>未決定：{reasons}</translation>
    </message>
    <message>
      <source>From {details}</source>
      <translation>{details}から</translation>
    </message>
    <message>
      <source>cannot be read</source>
      <translation>読み取れません</translation>
    </message>
    <message>
      <source>? (choose the unit)</source>
      <translation>？（単位を選択）</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>From the tape's {detail}.</source>
      <translation>データの{detail}から。</translation>
    </message>
    <message>
      <source>The tape states no cut-off date. Enter it, or leave it empty: seasoning and remaining terms then run to the newest origination date, shown as inferred.</source>
      <translation>データに基準日の記載がありません。入力するか空欄のままにしてください。空欄の場合、経過期間と残存期間は最新の実行日を基準とし、推定と表示します。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Columns left out: {columns}</source>
      <translation>取り込まない列：{columns}</translation>
    </message>
    <message>
      <source>Choose the unit of: {fields}. The tape's evidence does not decide it.</source>
      <translation>{fields} の単位を選んでください。データからは決められません。</translation>
    </message>
    <message>
      <source>The cut-off date must be written YYYY-MM-DD.</source>
      <translation>基準日は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
  </context>
  <context>
    <name>MechanismDialogs</name>
    <message>
      <source>Answer a requirement of 002 §7(1)</source>
      <translation>002 §7(1) の要件に回答</translation>
    </message>
    <message>
      <source>What in the deal documents shows it (required unless open)</source>
      <translation>案件書類の根拠（未決定でなければ必須）</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Decide on a regional concentration (002 §8(1))</source>
      <translation>地域集中について決定（002 §8(1)）</translation>
    </message>
    <message>
      <source>multipliers adjusted for it</source>
      <translation>倍率を調整済み</translation>
    </message>
    <message>
      <source>no adjustment needed</source>
      <translation>調整不要</translation>
    </message>
    <message>
      <source>Economy, earthquake risk, dispersion of the borrowers…</source>
      <translation>経済、地震リスク、債務者の分散…</translation>
    </message>
    <message>
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>決定</translation>
    </message>
    <message>
      <source>yes</source>
      <extracomment>The answers of a checklist requirement as the analyst reads them.</extracomment>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>open</source>
      <translation>未決定</translation>
    </message>
  </context>
  <context>
    <name>MechanismsPanel</name>
    <message>
      <source>Every loan carries a guarantee company's guarantee (002 §7)</source>
      <translation>全債権に保証会社の保証が付いている（002 §7）</translation>
    </message>
    <message>
      <source>Guarantee company (002 §7(1)–(2))</source>
      <translation>保証会社（002 §7(1)–(2)）</translation>
    </message>
    <message>
      <source>Guarantor</source>
      <translation>保証会社</translation>
    </message>
    <message>
      <source>Double-click a requirement to answer it with a reason. When all are met, classes rated no higher than the guarantor rest their bad-loan layer on the guarantee; above it recoveries take the rulebook's haircut.</source>
      <translation>要件をダブルクリックして理由とともに回答します。すべて満たすと、保証会社の格付以下のクラスは不良債権に対する信用補完を保証に依拠し、それを上回るクラスは回収にルールブックのヘアカットを適用します。</translation>
    </message>
    <message>
      <source>Apartment loans under a sublease rent guarantee (002 §2(2)(c))</source>
      <translation>サブリース家賃保証付きアパートローン（002 §2(2)(c)）</translation>
    </message>
    <message>
      <source>Rent guarantee</source>
      <translation>家賃保証</translation>
    </message>
    <message>
      <source>Sublease company</source>
      <translation>サブリース会社</translation>
    </message>
    <message>
      <source>Counts until the guaranteed rent's first review (the tape's rent-guarantee date), for classes rated no higher than the sublease company.</source>
      <translation>保証賃料の初回見直し（データの家賃保証日付）まで、サブリース会社の格付以下のクラスに算入します。</translation>
    </message>
    <message>
      <source>Borrowers covered by group credit life insurance</source>
      <translation>団体信用生命保険に加入している債務者</translation>
    </message>
    <message>
      <source>The trust can receive the insurance money</source>
      <translation>信託が保険金を受け取れる</translation>
    </message>
    <message>
      <source>Group credit life insurance (002 §7(3))</source>
      <translation>団体信用生命保険（002 §7(3)）</translation>
    </message>
    <message>
      <source>Record a concentration decision…</source>
      <translation>集中に関する決定を記録…</translation>
    </message>
    <message>
      <source>Decisions open on the last result</source>
      <translation>前回結果で未決定の事項</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>なし。</translation>
    </message>
    <message>
      <source>State a guarantee company</source>
      <translation>保証会社を設定</translation>
    </message>
    <message>
      <source>Remove the guarantee company</source>
      <translation>保証会社を削除</translation>
    </message>
    <message>
      <source>Set the guarantor</source>
      <translation>保証会社を設定</translation>
    </message>
    <message>
      <source>State a rent guarantee</source>
      <translation>家賃保証を設定</translation>
    </message>
    <message>
      <source>Remove the rent guarantee</source>
      <translation>家賃保証を削除</translation>
    </message>
    <message>
      <source>Set the sublease company</source>
      <translation>サブリース会社を設定</translation>
    </message>
    <message>
      <source>Set group credit life insurance</source>
      <translation>団体信用生命保険を設定</translation>
    </message>
  </context>
  <context>
    <name>MultiplierPanel</name>
    <message>
      <source>Multiplier for a segment…</source>
      <translation>セグメントの倍率…</translation>
    </message>
    <message>
      <source>Investment or apartment loans, self-employed borrowers, a prefecture or a region (002 §2(1)(b), §2(2)(b))</source>
      <translation>投資用・アパートローン、自営業者、都道府県または地域（002 §2(1)(b)、§2(2)(b)）</translation>
    </message>
    <message>
      <source>Multiples of the base case from the rulebook; ratings between the tabulated ones are interpolated on the notch order (a Desk default). Investment condominium and apartment loans take the Desk default uplift unless adjusted. Type in 'Adjusted' to apply a per-deal adjustment with its factor and reason; a loan in several segments takes the highest multiplier.</source>
      <translation>ルールブックによるベースケースの倍率。表にない格付はノッチ順に補間します（Desk 既定値）。投資用マンション・アパートローンは調整しない限り Desk 既定値の上乗せを適用します。案件ごとの調整は「調整後」に係数と理由を入力します。複数のセグメントに属する債権には最も高い倍率を適用します。</translation>
    </message>
    <message>
      <source>Back to the rulebook multiplier for %s</source>
      <translation>%s をルールブックの倍率に戻す</translation>
    </message>
    <message>
      <source>Adjust %s to %s×</source>
      <translation>%s を %s 倍に調整</translation>
    </message>
  </context>
  <context>
    <name>MultiplierTableModel</name>
    <message>
      <source>interpolated (Desk default)</source>
      <translation>補間（Desk 既定値）</translation>
    </message>
    <message>
      <source>rulebook table</source>
      <translation>ルールブックの表</translation>
    </message>
    <message>
      <source>Desk default uplift ×%s</source>
      <translation>Desk 既定値の上乗せ ×%s</translation>
    </message>
    <message>
      <source>whole pool</source>
      <translation>プール全体</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <source>Multiplier</source>
      <translation>倍率</translation>
    </message>
    <message>
      <source>Rulebook</source>
      <translation>ルールブック</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>根拠</translation>
    </message>
    <message>
      <source>Adjusted</source>
      <translation>調整後</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>係数</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Type a multiplier to adjust the rulebook value; clear the cell to go back.</source>
      <translation>倍率を入力するとルールブックの値を調整します。セルを空にすると元に戻ります。</translation>
    </message>
  </context>
  <context>
    <name>NumberField</name>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>{typed!r} is not a number.</source>
      <translation>{typed!r} は数値ではありません。</translation>
    </message>
  </context>
  <context>
    <name>Outlook</name>
    <message>
      <source>Stable</source>
      <extracomment>The directions of resources/methodology/scales.toml, registered for pyside6-lupdate.</extracomment>
      <translation>安定的</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>ポジティブ</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>ネガティブ</translation>
    </message>
    <message>
      <source>Developing</source>
      <translation>方向性不確定</translation>
    </message>
    <message>
      <source>Credit Monitor (%s)</source>
      <translation>クレジット・モニター（%s）</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>Override the {what}</source>
      <translation>{what}のオーバーライド</translation>
    </message>
    <message>
      <source>Why the committee departs from the guideline</source>
      <translation>格付委員会がガイドラインと異なる判断をする理由</translation>
    </message>
    <message>
      <source>Guideline</source>
      <translation>ガイドライン</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Reason (required)</source>
      <translation>理由（必須）</translation>
    </message>
    <message>
      <source>Analyst</source>
      <translation>アナリスト</translation>
    </message>
    <message>
      <source>long-term issuer rating</source>
      <translation>長期発行体格付</translation>
    </message>
    <message>
      <source>short-term (CP) rating</source>
      <translation>短期（CP）格付</translation>
    </message>
    <message>
      <source>issue rating</source>
      <translation>個別債務格付</translation>
    </message>
    <message>
      <source>Records {rating} for the {what}, which the methodology leaves to the analyst's judgement.</source>
      <translation>{what}について {rating} を記録します（格付方法がアナリストの判断に委ねている格付）。</translation>
    </message>
    <message>
      <source>Records {rating} for the {what}, as the guideline proposes.</source>
      <translation>{what}について、ガイドラインの提案どおり {rating} を記録します。</translation>
    </message>
    <message>
      <source>Records {rating} for the {what} instead of the guideline's {proposal}</source>
      <translation>{what}について、ガイドラインの {proposal} ではなく {rating} を記録します</translation>
    </message>
    <message>
      <source> (1 notch above)</source>
      <translation>（1ノッチ上）</translation>
    </message>
    <message>
      <source> (1 notch below)</source>
      <translation>（1ノッチ下）</translation>
    </message>
    <message>
      <source> ({n} notches above)</source>
      <translation>（{n}ノッチ上）</translation>
    </message>
    <message>
      <source> ({n} notches below)</source>
      <translation>（{n}ノッチ下）</translation>
    </message>
  </context>
  <context>
    <name>PartyChoice</name>
    <message>
      <source>long-term rating, e.g. A+</source>
      <translation>長期格付（例：A+）</translation>
    </message>
    <message>
      <source>a counterparty rated:</source>
      <translation>格付を有する相手方：</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <source>A counterparty outside the group</source>
      <translation>グループ外の相手方</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>格付なし</translation>
    </message>
    <message>
      <source>Group entity</source>
      <translation>グループの会社</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Short-term rating</source>
      <translation>短期格付</translation>
    </message>
  </context>
  <context>
    <name>PoolCodes</name>
    <message>
      <source>fixed</source>
      <translation>固定</translation>
    </message>
    <message>
      <source>variable</source>
      <translation>変動</translation>
    </message>
    <message>
      <source>fixed_period_selective</source>
      <translation>固定期間選択</translation>
    </message>
    <message>
      <source>level_payment</source>
      <translation>元利均等</translation>
    </message>
    <message>
      <source>level_principal</source>
      <translation>元金均等</translation>
    </message>
    <message>
      <source>salaried</source>
      <translation>給与所得者</translation>
    </message>
    <message>
      <source>self_employed</source>
      <translation>自営業者</translation>
    </message>
    <message>
      <source>public_servant</source>
      <translation>公務員</translation>
    </message>
    <message>
      <source>other</source>
      <translation>その他</translation>
    </message>
    <message>
      <source>self_resident</source>
      <translation>自己居住用</translation>
    </message>
    <message>
      <source>investment_condominium</source>
      <translation>投資用マンション</translation>
    </message>
    <message>
      <source>apartment</source>
      <translation>アパート</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>その他</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source> yen</source>
      <extracomment>The unit words the strats append to a bucket's edges ("10,000,000 – 20,000,000 yen").</extracomment>
      <translation> 円</translation>
    </message>
    <message>
      <source> months</source>
      <translation> か月</translation>
    </message>
    <message>
      <source> years</source>
      <translation> 年</translation>
    </message>
  </context>
  <context>
    <name>PoolFields</name>
    <message>
      <source>Excel row</source>
      <translation>Excel の行</translation>
    </message>
    <message>
      <source>Loan ID</source>
      <translation>債権番号</translation>
    </message>
    <message>
      <source>Borrower ID</source>
      <translation>債務者番号</translation>
    </message>
    <message>
      <source>Origination date</source>
      <translation>実行日</translation>
    </message>
    <message>
      <source>Maturity date</source>
      <translation>最終期日</translation>
    </message>
    <message>
      <source>Original balance</source>
      <translation>当初残高</translation>
    </message>
    <message>
      <source>Current balance</source>
      <translation>現在残高</translation>
    </message>
    <message>
      <source>Interest rate</source>
      <translation>金利</translation>
    </message>
    <message>
      <source>Rate type</source>
      <translation>金利タイプ</translation>
    </message>
    <message>
      <source>Repayment type</source>
      <translation>返済方法</translation>
    </message>
    <message>
      <source>Remaining term</source>
      <translation>残存期間</translation>
    </message>
    <message>
      <source>Property value</source>
      <translation>担保評価額</translation>
    </message>
    <message>
      <source>Valuation date</source>
      <translation>評価日</translation>
    </message>
    <message>
      <source>LTV</source>
      <translation>LTV</translation>
    </message>
    <message>
      <source>DTI</source>
      <translation>DTI</translation>
    </message>
    <message>
      <source>Annual income</source>
      <translation>年収</translation>
    </message>
    <message>
      <source>Employment type</source>
      <translation>職業区分</translation>
    </message>
    <message>
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <source>Loan purpose</source>
      <translation>資金使途</translation>
    </message>
    <message>
      <source>Months in arrears</source>
      <translation>延滞月数</translation>
    </message>
    <message>
      <source>Deposit balance</source>
      <translation>預金残高</translation>
    </message>
    <message>
      <source>Borrower age</source>
      <translation>債務者年齢</translation>
    </message>
    <message>
      <source>First lien</source>
      <translation>第一順位抵当権</translation>
    </message>
    <message>
      <source>Guarantor</source>
      <translation>保証会社</translation>
    </message>
    <message>
      <source>DSCR</source>
      <translation>DSCR</translation>
    </message>
    <message>
      <source>Rent guarantee to (first review)</source>
      <translation>家賃保証期限（初回見直し）</translation>
    </message>
    <message>
      <source>Seasoning (months)</source>
      <translation>経過期間（か月）</translation>
    </message>
    <message>
      <source>Receivable ID</source>
      <translation>債権番号</translation>
    </message>
    <message>
      <source>Obligor ID</source>
      <translation>債務者番号</translation>
    </message>
    <message>
      <source>Receivable balance</source>
      <translation>債権残高</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>支払期日</translation>
    </message>
    <message>
      <source>Merchant category</source>
      <translation>加盟店業種</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>売り手</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>年月</translation>
    </message>
    <message>
      <source>Receivables balance</source>
      <translation>債権残高</translation>
    </message>
    <message>
      <source>Collections</source>
      <translation>回収額</translation>
    </message>
    <message>
      <source>Credit losses</source>
      <translation>貸倒額</translation>
    </message>
    <message>
      <source>Cancellations</source>
      <translation>キャンセル額</translation>
    </message>
    <message>
      <source>Credit loss rate</source>
      <translation>貸倒損失率</translation>
    </message>
    <message>
      <source>Cancellation rate</source>
      <translation>キャンセル率</translation>
    </message>
    <message>
      <source>Collection rate</source>
      <translation>回収率</translation>
    </message>
  </context>
  <context>
    <name>PoolTab</name>
    <message>
      <source>pool profile</source>
      <extracomment>What the tape reader opens (pandas/calamine workbooks and CSV). Loan columns are sized once per pool from their header and this many rows: sizing them to every loan on each layout pass read ~600,000 cells of a 3,000-loan pool.</extracomment>
      <translation>プールの特性</translation>
    </message>
    <message>
      <source>pool import</source>
      <translation>プールの取込み</translation>
    </message>
    <message>
      <source>Import loan tape…</source>
      <translation>債権データを取込み…</translation>
    </message>
    <message>
      <source>This case has no loan pool yet. Drop an originator's tape (Excel or CSV) here or use File → Import loan tape….</source>
      <translation>この案件にはまだ債権プールがありません。オリジネーターの債権データ（Excel または CSV）をここにドロップするか、ファイル → 債権データを取込み… を使ってください。</translation>
    </message>
    <message>
      <source>Pool</source>
      <translation>プール</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>債権件数</translation>
    </message>
    <message>
      <source>Current balance</source>
      <translation>現在残高</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出所</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Summary &amp;&amp; strats</source>
      <translation>概要と層別集計</translation>
    </message>
    <message>
      <source>Profiling pool {name}</source>
      <translation>プール {name} の特性を集計中</translation>
    </message>
    <message>
      <source>Cannot profile the pool</source>
      <translation>プールの特性を集計できません</translation>
    </message>
    <message>
      <source>Problems (errors {errors}, warnings {warnings})</source>
      <translation>問題（エラー {errors}、警告 {warnings}）</translation>
    </message>
    <message>
      <source>This problem concerns the whole file, not one loan.</source>
      <translation>この問題は個々の債権ではなくファイル全体に関するものです。</translation>
    </message>
    <message>
      <source>Excel row {row}</source>
      <translation>Excel の {row} 行目</translation>
    </message>
    <message>
      <source>Excel row {row}, column {column}</source>
      <translation>Excel の {row} 行目、{column} 列</translation>
    </message>
    <message>
      <source>{where}: this pool does not record its tape rows.</source>
      <translation>{where}：このプールはデータの行番号を記録していません。</translation>
    </message>
    <message>
      <source>{where} is not in the pool: the import excluded it.</source>
      <translation>{where} はプールにありません。取込みで除外されました。</translation>
    </message>
    <message>
      <source>Import loan &amp;tape…</source>
      <translation>債権データを取込み(&amp;T)…</translation>
    </message>
    <message>
      <source>Read an originator's Excel or CSV tape into the case</source>
      <translation>オリジネーターの Excel または CSV の債権データを案件に取り込む</translation>
    </message>
    <message>
      <source>Loan tapes ({patterns});;All files (*)</source>
      <translation>債権データ ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Import loan tape</source>
      <translation>債権データを取込み</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}</source>
      <translation>{file}、シート {sheet}</translation>
    </message>
    <message>
      <source>imported {stamp} UTC</source>
      <translation>{stamp} UTC に取込み</translation>
    </message>
    <message>
      <source>{imported} loans imported, {excluded} rows excluded</source>
      <translation>{imported} 件の債権を取込み、{excluded} 行を除外</translation>
    </message>
    <message>
      <source>, inferred</source>
      <translation>、推定</translation>
    </message>
    <message>
      <source>as of {date}{inferred}</source>
      <translation>基準日 {date}{inferred}</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>環境設定</translation>
    </message>
    <message>
      <source>e.g. Tanaka Hanako</source>
      <translation>例：田中 花子</translation>
    </message>
    <message>
      <source>Before your first change: who is working? Your name goes into the decisions you record and the case's audit log.</source>
      <translation>最初の変更の前に：作業者はどなたですか。お名前は記録する決定と案件の監査ログに残ります。</translation>
    </message>
    <message>
      <source>Your name goes into the decisions you record and the case's audit log.</source>
      <translation>お名前は記録する決定と案件の監査ログに残ります。</translation>
    </message>
    <message>
      <source>Analyst name</source>
      <translation>アナリスト名</translation>
    </message>
    <message>
      <source>System</source>
      <translation>システムに従う</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>A new language applies when JCR Desk next starts.</source>
      <translation>言語の変更は JCR Desk の次回起動時に反映されます。</translation>
    </message>
  </context>
  <context>
    <name>PreviewPanel</name>
    <message>
      <source>Release</source>
      <translation>ニュースリリース</translation>
    </message>
    <message>
      <source>Disclosure form (Rule 17g-7)</source>
      <translation>情報開示フォーム（Rule 17g-7）</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英語</translation>
    </message>
    <message>
      <source>Export drafts…</source>
      <translation>ドラフトを書き出し…</translation>
    </message>
    <message>
      <source>The release and the disclosure form as .docx, .html and .txt, in English and Japanese</source>
      <translation>ニュースリリースと情報開示フォームを .docx、.html、.txt で日英両方</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <source>Missing inputs (shown as ⟦…⟧ in the draft): %d</source>
      <translation>未入力の項目（ドラフトでは ⟦…⟧ で表示）：%d</translation>
    </message>
    <message>
      <source>No missing inputs.</source>
      <translation>未入力の項目はありません。</translation>
    </message>
    <message>
      <source>Export the drafts to</source>
      <translation>ドラフトの書き出し先</translation>
    </message>
    <message>
      <source>Writing the drafts to %s…</source>
      <translation>ドラフトを %s に書き出し中…</translation>
    </message>
    <message>
      <source>Exporting drafts</source>
      <translation>ドラフトを書き出し中</translation>
    </message>
    <message>
      <source>%d drafts written to %s.</source>
      <translation>ドラフト %d 件を %s に書き出しました。</translation>
    </message>
    <message>
      <source>Drafts not exported</source>
      <translation>ドラフトを書き出していません</translation>
    </message>
  </context>
  <context>
    <name>ProblemTreeModel</name>
    <message>
      <source>Severity</source>
      <translation>重要度</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>見出し</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>{severity} ×{count}</source>
      <translation>{severity} ×{count}</translation>
    </message>
    <message>
      <source>file</source>
      <translation>ファイル</translation>
    </message>
  </context>
  <context>
    <name>ProgramPanel</name>
    <message>
      <source>Liquidity and credit enhancement</source>
      <translation>流動性補完および信用補完</translation>
    </message>
    <message>
      <source>Liquidity only</source>
      <translation>流動性補完のみ</translation>
    </message>
    <message>
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Mitigated (backup servicer, daily sweep…)</source>
      <translation>手当てあり（バックアップ・サービサー、日次の資金移動…）</translation>
    </message>
    <message>
      <source>months</source>
      <translation>か月</translation>
    </message>
    <message>
      <source>Desk default (1 month)</source>
      <translation>Desk 既定値（1か月）</translation>
    </message>
    <message>
      <source>Desk default ({share:.2%})</source>
      <translation>Desk 既定値（{share:.2%}）</translation>
    </message>
    <message>
      <source>Cross-border (assets, parties or currency)</source>
      <translation>クロスボーダー（資産、関係者または通貨）</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>売り手</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Add seller…</source>
      <translation>売り手を追加…</translation>
    </message>
    <message>
      <source>Remove seller</source>
      <translation>売り手を削除</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>プログラム</translation>
    </message>
    <message>
      <source>Issuer SPC</source>
      <translation>発行体 SPC</translation>
    </message>
    <message>
      <source>SPC form</source>
      <translation>SPC の形態</translation>
    </message>
    <message>
      <source>SPC country</source>
      <translation>SPC の所在国</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>スポンサー</translation>
    </message>
    <message>
      <source>Backup line, share covered</source>
      <translation>バックアップライン（種類・補完割合）</translation>
    </message>
    <message>
      <source>Purchased assets</source>
      <translation>買取資産</translation>
    </message>
    <message>
      <source>Subordination</source>
      <translation>劣後比率</translation>
    </message>
    <message>
      <source>Cash reserve</source>
      <translation>現金準備金</translation>
    </message>
    <message>
      <source>Commingling</source>
      <translation>コミングリング</translation>
    </message>
    <message>
      <source>Collection period</source>
      <translation>回収期間</translation>
    </message>
    <message>
      <source>Servicer-transfer reserve</source>
      <translation>バックアップ・サービサーへの移管費用の準備金</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国</translation>
    </message>
    <message>
      <source>Assets' country</source>
      <translation>資産の所在国</translation>
    </message>
    <message>
      <source>Sellers</source>
      <translation>売り手（セラー）</translation>
    </message>
    <message>
      <source>{support}; {sellers}</source>
      <translation>{support}、{sellers}</translation>
    </message>
    <message>
      <source>multi-seller</source>
      <translation>複数売り手型</translation>
    </message>
    <message>
      <source>single-seller</source>
      <translation>単一売り手型</translation>
    </message>
    <message>
      <source>group entity</source>
      <translation>グループの会社</translation>
    </message>
    <message>
      <source>counterparty</source>
      <translation>相手方</translation>
    </message>
    <message>
      <source>rating not known</source>
      <translation>格付不明</translation>
    </message>
    <message>
      <source>Not a number</source>
      <translation>数値ではありません</translation>
    </message>
    <message>
      <source>Add seller</source>
      <translation>売り手を追加</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>Checking {file}</source>
      <translation>{file} を確認中</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>{file} を読込み中</translation>
    </message>
    <message>
      <source>Finding the header of sheet {sheet}</source>
      <translation>シート {sheet} の見出し行を検出中</translation>
    </message>
    <message>
      <source>Read {count} rows of sheet {sheet}</source>
      <translation>シート {sheet} の {count} 行を読み込みました</translation>
    </message>
    <message>
      <source>Stratifying by {field}</source>
      <translation>{field} 別に層別化中</translation>
    </message>
    <message>
      <source>Pool profile ready</source>
      <translation>プールの概要を作成しました</translation>
    </message>
    <message>
      <source>Checking the loans</source>
      <extracomment>Progress messages naming what a tape holds, by its schema's noun (``tape_settings``).</extracomment>
      <translation>債権を検証中</translation>
    </message>
    <message>
      <source>Checking the receivables</source>
      <translation>買取債権を検証中</translation>
    </message>
    <message>
      <source>Checking the month rows</source>
      <translation>月次実績の行を検証中</translation>
    </message>
    <message>
      <source>Read {count} loans</source>
      <translation>{count} 件の債権を読み込みました</translation>
    </message>
    <message>
      <source>Read {count} receivables</source>
      <translation>{count} 件の買取債権を読み込みました</translation>
    </message>
    <message>
      <source>Read {count} month rows</source>
      <translation>{count} か月分の実績を読み込みました</translation>
    </message>
    <message>
      <source>Mapping columns</source>
      <translation>列を対応付け中</translation>
    </message>
    <message>
      <source>Reading values</source>
      <translation>値を読込み中</translation>
    </message>
    <message>
      <source>Summarising the pool</source>
      <translation>プールを集計中</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>{file} を書出し中</translation>
    </message>
    <message>
      <source>{count} drafts written to {folder}</source>
      <translation>{count} 件の草案を {folder} に書き出しました</translation>
    </message>
    <message>
      <source>Writing loans: {done} of {rows}</source>
      <translation>債権を書出し中：{rows} 件中 {done} 件</translation>
    </message>
    <message>
      <source>Writing the {sheet} sheet</source>
      <extracomment>Share of the progress bar the sheets take when the loans appendix follows them.</extracomment>
      <translation>{sheet} シートを書出し中</translation>
    </message>
    <message>
      <source>Saving the workbook</source>
      <translation>ワークブックを保存中</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>{file} を書き出しました</translation>
    </message>
    <message>
      <source>Analysing {name}</source>
      <translation>{name} を分析中</translation>
    </message>
    <message>
      <source>{name} analysed</source>
      <translation>{name} を分析しました</translation>
    </message>
    <message>
      <source>Reading the pool</source>
      <translation>プールを読込み中</translation>
    </message>
    <message>
      <source>Projecting the stressed pool</source>
      <translation>ストレス下のプールを予測中</translation>
    </message>
    <message>
      <source>Solving the required enhancement</source>
      <translation>必要信用補完を算出中</translation>
    </message>
    <message>
      <source>Running the structure as it stands</source>
      <translation>現行のストラクチャーで試算中</translation>
    </message>
    <message>
      <source>Breakeven default multiples</source>
      <translation>損益分岐デフォルト倍率を算出中</translation>
    </message>
    <message>
      <source>Adding the other layers</source>
      <translation>その他の信用補完要素を加算中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>Amortising the pool: month {month} of {months}</source>
      <translation>プールを償還中：{months} か月中 {month} か月目</translation>
    </message>
    <message>
      <source>Reading sheet {sheet}</source>
      <translation>シート {sheet} を読込み中</translation>
    </message>
    <message>
      <source>Read {count} vintages from {file}</source>
      <translation>{file} から {count} ビンテージを読み込みました</translation>
    </message>
  </context>
  <context>
    <name>QtLoanTableModel</name>
    <message>
      <source>Yes</source>
      <extracomment>Float columns whose values stay below this are shown as ratios with four decimals; larger ones (amounts) with thousands separators.</extracomment>
      <translation>はい</translation>
    </message>
    <message>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
  </context>
  <context>
    <name>RatedItems</name>
    <message>
      <source>The guideline cannot be computed: {error}</source>
      <extracomment>An item of a structured deal: one rated class. An ABCP program: its short-term rating. The kinds rated on the short-term scale (J-1+ … NJ). Where the proposal came from, as the tab and the drafts say it.</extracomment>
      <translation>ガイドラインを算出できません：{error}</translation>
    </message>
    <message>
      <source>Scenario '{name}' has no stress result yet: run it on the Stress tab.</source>
      <translation>シナリオ「{name}」にはストレス計算の結果がまだありません。ストレスと信用補完タブで計算してください。</translation>
    </message>
    <message>
      <source>The stress result of scenario '{name}' was computed before its inputs last changed: run it again before the committee.</source>
      <translation>シナリオ「{name}」のストレス計算の結果は、入力の最後の変更より前のものです。格付委員会の前に再計算してください。</translation>
    </message>
    <message>
      <source>ABCP program '{name}' has no analysis yet: open it on the ABCP program tab.</source>
      <translation>ABCP プログラム「{name}」はまだ分析されていません。ABCP プログラムタブで開いてください。</translation>
    </message>
    <message>
      <source>The analysis of ABCP program '{name}' was computed before its inputs last changed: analyse it again before the committee.</source>
      <translation>ABCP プログラム「{name}」の分析は、入力の最後の変更より前のものです。格付委員会の前に再分析してください。</translation>
    </message>
    <message>
      <source>The guideline of '{name}' stays open: {items}</source>
      <translation>「{name}」のガイドラインは未確定です：{items}</translation>
    </message>
  </context>
  <context>
    <name>RatedItemsModel</name>
    <message>
      <source>Issuer</source>
      <translation>発行体</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>格付対象</translation>
    </message>
    <message>
      <source>Current</source>
      <translation>現在の格付</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>付与日</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>提案</translation>
    </message>
    <message>
      <source>Proposal from</source>
      <translation>提案の根拠</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>格付アクション</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備考</translation>
    </message>
    <message>
      <source>Long-term issuer rating</source>
      <translation>長期発行体格付</translation>
    </message>
    <message>
      <source>Short-term (CP)</source>
      <translation>短期（CP）</translation>
    </message>
    <message>
      <source>Issue rating</source>
      <translation>個別債務格付</translation>
    </message>
    <message>
      <source>Assignment</source>
      <translation>新規付与</translation>
    </message>
    <message>
      <source>Affirmation</source>
      <translation>据え置き</translation>
    </message>
    <message>
      <source>Upgrade</source>
      <translation>引き上げ</translation>
    </message>
    <message>
      <source>Downgrade</source>
      <translation>引き下げ</translation>
    </message>
    <message>
      <source>Outlook change</source>
      <translation>見通し変更</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>決定</translation>
    </message>
    <message>
      <source>override</source>
      <translation>オーバーライド</translation>
    </message>
    <message>
      <source>guideline</source>
      <translation>ガイドライン</translation>
    </message>
    <message>
      <source>stress result</source>
      <translation>ストレス計算の結果</translation>
    </message>
    <message>
      <source>ABCP: {program}</source>
      <translation>ABCP：{program}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>no proposal</source>
      <translation>提案なし</translation>
    </message>
    <message>
      <source>outlook?</source>
      <translation>見通し？</translation>
    </message>
    <message>
      <source>undetermined</source>
      <translation>未確定</translation>
    </message>
    <message>
      <source>%s (chosen)</source>
      <translation>%s（選択）</translation>
    </message>
    <message>
      <source>Derived: %s. Reason: %s</source>
      <translation>導出：%s。理由：%s</translation>
    </message>
  </context>
  <context>
    <name>RationaleEditor</name>
    <message>
      <source>Pick a paragraph, or add one, to write it here.</source>
      <translation>段落を選ぶか追加すると、ここに書けます。</translation>
    </message>
    <message>
      <source>Add paragraph</source>
      <translation>段落を追加</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <source>New paragraph.</source>
      <translation>新しい段落。</translation>
    </message>
  </context>
  <context>
    <name>Reason</name>
    <message>
      <source>Reason (kept in the case's audit log):</source>
      <translation>理由（案件の監査ログに記録されます）：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名前：</translation>
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <source>Rule</source>
      <translation>ルール</translation>
    </message>
    <message>
      <source>Notches</source>
      <translation>ノッチ</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Citation</source>
      <translation>出典</translation>
    </message>
    <message>
      <source>When (UTC)</source>
      <translation>日時（UTC）</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>担当者</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>詳細</translation>
    </message>
  </context>
  <context>
    <name>RequirementModel</name>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>係数</translation>
    </message>
    <message>
      <source>Stressed credit loss</source>
      <translation>ストレス後の貸倒損失率</translation>
    </message>
    <message>
      <source>Stressed dilution</source>
      <translation>ストレス後の希釈（キャンセル）率</translation>
    </message>
    <message>
      <source>Commingling</source>
      <translation>コミングリング</translation>
    </message>
    <message>
      <source>Servicer-transfer reserve</source>
      <translation>バックアップ・サービサーへの移管費用の準備金</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必要劣後比率</translation>
    </message>
    <message>
      <source>Has</source>
      <translation>現状の劣後比率</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>pass</source>
      <translation>充足</translation>
    </message>
    <message>
      <source>fail</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>pass only under the originator's rating</source>
      <translation>オリジネーターの格付以下でのみ充足</translation>
    </message>
    <message>
      <source>set by the analyst</source>
      <translation>アナリストが設定</translation>
    </message>
    <message>
      <source>Desk default</source>
      <translation>Desk 既定値</translation>
    </message>
    <message>
      <source>{words} ({source}); double-click to change</source>
      <translation>{words}（{source}）。ダブルクリックで変更</translation>
    </message>
    <message>
      <source>includes the sponsor's {share:.2%}</source>
      <translation>スポンサーによる {share:.2%} を含む</translation>
    </message>
  </context>
  <context>
    <name>ResultCharts</name>
    <message>
      <source>Pool balance, % of the cut-off balance</source>
      <translation>プール残高（基準日残高比、%）</translation>
    </message>
    <message>
      <source>Cumulative defaults, % of the cut-off balance</source>
      <translation>累積デフォルト（基準日残高比、%）</translation>
    </message>
    <message>
      <source>Required CE by layer, % of the pool</source>
      <translation>要素別の必要信用補完（プール比、%）</translation>
    </message>
    <message>
      <source>Class balances, ¥ million</source>
      <translation>クラス別残高（百万円）</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>CE by layer</source>
      <translation>要素別の信用補完</translation>
    </message>
    <message>
      <source>Pool balance</source>
      <translation>プール残高</translation>
    </message>
    <message>
      <source>Cumulative defaults</source>
      <translation>累積デフォルト</translation>
    </message>
    <message>
      <source>Class balances</source>
      <translation>クラス別残高</translation>
    </message>
    <message>
      <source>¥ million</source>
      <translation>百万円</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
  </context>
  <context>
    <name>ResultDetails</name>
    <message>
      <source>rising</source>
      <translation>上昇</translation>
    </message>
    <message>
      <source>falling</source>
      <translation>低下</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>none stated</source>
      <extracomment>How a rating's run treated the clean-up call (``RatingLine.clean_up_call``), for lupdate.</extracomment>
      <translation>定めなし</translation>
    </message>
    <message>
      <source>exercised</source>
      <translation>行使</translation>
    </message>
    <message>
      <source>not exercised</source>
      <translation>不行使</translation>
    </message>
    <message>
      <source>Over-collateralisation: %s of the pool (%s), enhancement every class has.</source>
      <translation>超過担保：プールの %s（%s）。全クラス共通の信用補完です。</translation>
    </message>
    <message>
      <source>floating</source>
      <translation>変動</translation>
    </message>
    <message>
      <source>fixed</source>
      <translation>固定</translation>
    </message>
    <message>
      <source>Liquidity reserve: %s (%s month(s), %s-rate senior notes).</source>
      <translation>流動性準備金：%s（%s か月分、%s 金利のシニア）。</translation>
    </message>
    <message>
      <source>breached</source>
      <translation>抵触</translation>
    </message>
    <message>
      <source>not breached</source>
      <translation>抵触なし</translation>
    </message>
    <message>
      <source>Commingling: servicer rating %s, trigger %s %s; %s</source>
      <translation>コミングリング：サービサーの格付 %s、トリガー %s %s；%s</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>未入力</translation>
    </message>
    <message>
      <source>%s: defaults stressed %s, realised %s, losses %s; interest-rate path %s; clean-up call %s.</source>
      <translation>%s：ストレス・デフォルト率 %s、実現デフォルト率 %s、損失率 %s、金利シナリオ %s、クリーンアップ・コール %s。</translation>
    </message>
    <message>
      <source>Held at a lower rating's figure: a higher rating never needs less.</source>
      <translation>下位格付の数値を適用：上位の格付の必要水準が下回ることはありません。</translation>
    </message>
    <message>
      <source>Collateral values decline from the %s.</source>
      <translation>担保価値は%sから下落するものとします。</translation>
    </message>
    <message>
      <source>Mechanism: %s</source>
      <translation>仕組み：%s</translation>
    </message>
    <message>
      <source>Open decision: %s</source>
      <translation>未決定の事項：%s</translation>
    </message>
    <message>
      <source>Desk defaults applied (rulebook %s): %s</source>
      <translation>適用した Desk 既定値（ルールブック %s）：%s</translation>
    </message>
    <message>
      <source>%s: not rated (residual).</source>
      <translation>%s：格付対象外（劣後部分）。</translation>
    </message>
    <message>
      <source>%s: highest rating passed %s, after caps %s</source>
      <translation>%s：充足する最上位の格付 %s、上限適用後 %s</translation>
    </message>
    <message>
      <source>cut-off date (the tape has no dates)</source>
      <translation>基準日（データに日付がないため）</translation>
    </message>
    <message>
      <source>valuation date</source>
      <translation>評価日</translation>
    </message>
    <message>
      <source>origination date</source>
      <translation>実行日</translation>
    </message>
    <message>
      <source>valuation date where the tape gives one, else origination date</source>
      <translation>評価日（データにない場合は実行日）</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Recovery</source>
      <translation>回収率</translation>
    </message>
    <message>
      <source>Default multiple × recovery rate</source>
      <translation>デフォルト倍率 × 回収率</translation>
    </message>
    <message>
      <source>Default multiple × CPR</source>
      <translation>デフォルト倍率 × 期限前償還率</translation>
    </message>
    <message>
      <source>Enhancement</source>
      <translation>信用補完</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>グラフ</translation>
    </message>
    <message>
      <source>Sensitivity</source>
      <translation>感応度</translation>
    </message>
    <message>
      <source>Required CE of %s at %s</source>
      <translation>%s の %s における必要信用補完</translation>
    </message>
    <message>
      <source>No sensitivity grid in this result.</source>
      <translation>この結果には感応度表がありません。</translation>
    </message>
    <message>
      <source>No result yet: press Run (F5) to compute the enhancement.</source>
      <translation>結果はまだありません。計算（F5）を押して信用補完を計算してください。</translation>
    </message>
    <message>
      <source>Results computed %s; inputs changed since — run again (F5).</source>
      <translation>%s に計算した結果です。その後入力が変わりました — 再計算してください（F5）。</translation>
    </message>
    <message>
      <source>Results computed %s from the current inputs.</source>
      <translation>現在の入力から %s に計算した結果です。</translation>
    </message>
  </context>
  <context>
    <name>RuleInputs</name>
    <message>
      <source>large</source>
      <extracomment>The rule inputs' option words, translated where shown (the entity form, step reasons).</extracomment>
      <translation>大きい</translation>
    </message>
    <message>
      <source>small</source>
      <translation>小さい</translation>
    </message>
    <message>
      <source>normal</source>
      <translation>標準</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>強い</translation>
    </message>
    <message>
      <source>insufficient</source>
      <translation>不十分</translation>
    </message>
    <message>
      <source>relief</source>
      <translation>救済</translation>
    </message>
    <message>
      <source>core</source>
      <translation>中核</translation>
    </message>
    <message>
      <source>high</source>
      <translation>高い</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>中程度</translation>
    </message>
    <message>
      <source>low</source>
      <translation>低い</translation>
    </message>
    <message>
      <source>local</source>
      <translation>自国通貨</translation>
    </message>
    <message>
      <source>foreign</source>
      <translation>外貨</translation>
    </message>
    <message>
      <source>Group creditworthiness</source>
      <translation>グループ信用力（GCW）</translation>
    </message>
    <message>
      <source>The group's creditworthiness, the starting point for every company of the group.</source>
      <translation>グループの信用力。グループ各社の出発点となります。</translation>
    </message>
    <message>
      <source>Group rating</source>
      <translation>グループの格付</translation>
    </message>
    <message>
      <source>The rating of the group as a whole, the base point for its holding company.</source>
      <translation>グループ全体の格付。持株会社の基準点となります。</translation>
    </message>
    <message>
      <source>Controlling power sufficient</source>
      <translation>十分な統制力</translation>
    </message>
    <message>
      <source>Can the holding company steer its subsidiaries and their cash?</source>
      <translation>持株会社は子会社とその資金を統制できるか。</translation>
    </message>
    <message>
      <source>Single-point-of-entry resolution indicated</source>
      <translation>SPE による破綻処理が示されている</translation>
    </message>
    <message>
      <source>Has the authority said in advance it would resolve the group at the top?</source>
      <translation>当局は、グループを最上位で破綻処理することを事前に示しているか。</translation>
    </message>
    <message>
      <source>Restrictions on preventive measures</source>
      <translation>予防的措置への制約</translation>
    </message>
    <message>
      <source>How far regulation limits support before a resolution (few in Japan).</source>
      <translation>破綻処理前の支援を規制がどこまで制限するか（日本では少ない）。</translation>
    </message>
    <message>
      <source>Cash-flow balance problem</source>
      <translation>キャッシュフロー・バランスの問題</translation>
    </message>
    <message>
      <source>Do inflows other than dividends fail to cover the holding's outflows?</source>
      <translation>配当以外の収入で持株会社の支出を賄えないか。</translation>
    </message>
    <message>
      <source>Problems in group creditworthiness</source>
      <translation>グループ信用力の問題</translation>
    </message>
    <message>
      <source>Is the group weak enough that a resolution becomes a real prospect?</source>
      <translation>破綻処理が現実味を帯びるほどグループが弱いか。</translation>
    </message>
    <message>
      <source>Mutual support strictly restricted</source>
      <translation>相互支援の厳しい制限</translation>
    </message>
    <message>
      <source>Does the jurisdiction strictly limit support between group members?</source>
      <translation>その法域はグループ内の支援を厳しく制限しているか。</translation>
    </message>
    <message>
      <source>Support through the parent highly likely</source>
      <translation>親会社を通じた支援の可能性が極めて高い</translation>
    </message>
    <message>
      <source>For an intermediate holding company: will the group support it through its parent?</source>
      <translation>中間持株会社について：グループは親会社を通じて支援するか。</translation>
    </message>
    <message>
      <source>Strong group control</source>
      <translation>強いグループ統制</translation>
    </message>
    <message>
      <source>Does the holding company firmly control its subsidiaries?</source>
      <translation>持株会社は子会社をしっかり統制しているか。</translation>
    </message>
    <message>
      <source>Weak stand-alone cash-flow balance</source>
      <translation>単体のキャッシュフロー・バランスの弱さ</translation>
    </message>
    <message>
      <source>Is the holding company's own cash-flow balance significantly weak?</source>
      <translation>持株会社単体のキャッシュフロー・バランスが著しく弱いか。</translation>
    </message>
    <message>
      <source>Issues guaranteed by subsidiaries</source>
      <translation>子会社による債務保証</translation>
    </message>
    <message>
      <source>A guarantee from the subsidiaries offsets structural subordination.</source>
      <translation>子会社の保証は構造劣後を解消します。</translation>
    </message>
    <message>
      <source>Subsidiaries' creditors hold collateral</source>
      <translation>子会社の債権者が担保を保有</translation>
    </message>
    <message>
      <source>Secured creditors of subsidiaries rank ahead of the holding's creditors.</source>
      <translation>子会社の担保付債権者は持株会社の債権者に優先します。</translation>
    </message>
    <message>
      <source>Investments in subsidiaries (yen)</source>
      <translation>関係会社株式（円）</translation>
    </message>
    <message>
      <source>Shares of subsidiaries and affiliates, non-consolidated.</source>
      <translation>子会社・関連会社の株式（単体）。</translation>
    </message>
    <message>
      <source>Equity capital (yen)</source>
      <translation>自己資本（円）</translation>
    </message>
    <message>
      <source>Non-consolidated equity capital of the holding company.</source>
      <translation>持株会社の単体の自己資本。</translation>
    </message>
    <message>
      <source>Rating currency</source>
      <translation>格付の通貨</translation>
    </message>
    <message>
      <source>A foreign-currency rating is capped by the country ceiling.</source>
      <translation>外貨建て格付はカントリー・シーリングを上限とします。</translation>
    </message>
    <message>
      <source>Exception to the country ceiling</source>
      <translation>カントリー・シーリングの例外</translation>
    </message>
    <message>
      <source>E.g. strong support from a parent outside the country; flagged.</source>
      <translation>国外の親会社からの強い支援など。確認事項として表示します。</translation>
    </message>
    <message>
      <source>Importance to the group</source>
      <translation>グループにおける重要性</translation>
    </message>
    <message>
      <source>Decides top-down notching from GCW, or bottom-up from the company's own.</source>
      <translation>GCW からのトップダウンか、その会社単独からのボトムアップかを決めます。</translation>
    </message>
    <message>
      <source>Sole creditworthiness</source>
      <translation>個別信用力（SCW）</translation>
    </message>
    <message>
      <source>The company's creditworthiness on its own, without group support.</source>
      <translation>グループの支援を考慮しない、その会社単独の信用力。</translation>
    </message>
    <message>
      <source>Size relative to the group</source>
      <translation>グループに対する規模</translation>
    </message>
    <message>
      <source>A large company weighs on the group; a small one escapes widening.</source>
      <translation>規模の大きい会社はグループに影響し、小さい会社はノッチ差の拡大を受けません。</translation>
    </message>
    <message>
      <source>Group support recognised</source>
      <translation>グループの支援を認める</translation>
    </message>
    <message>
      <source>Without recognised support a less important company gets no uplift.</source>
      <translation>支援が認められなければ、重要性の低い会社は引き上げられません。</translation>
    </message>
    <message>
      <source>Management integration</source>
      <translation>経営統合</translation>
    </message>
    <message>
      <source>Only for a company that joined through a management integration.</source>
      <translation>経営統合によりグループ入りした会社のみ。</translation>
    </message>
    <message>
      <source>May exceed group creditworthiness</source>
      <translation>グループ信用力を上回ることがある</translation>
    </message>
    <message>
      <source>Exceptional case such as an asset-administration bank; flagged.</source>
      <translation>資産管理銀行などの例外的なケース。確認事項として表示します。</translation>
    </message>
  </context>
  <context>
    <name>RunController</name>
    <message>
      <source>no figure changed</source>
      <translation>数値の変化なし</translation>
    </message>
  </context>
  <context>
    <name>ScenarioButtons</name>
    <message>
      <source>New…</source>
      <translation>新規…</translation>
    </message>
    <message>
      <source>A new scenario on the case's pool with the Desk defaults; the base case is yours to type or import</source>
      <translation>案件のプールに Desk 既定値で新しいシナリオを作成（ベースケースは入力または取込み）</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>複製</translation>
    </message>
    <message>
      <source>A copy of this scenario for a what-if (no result yet)</source>
      <translation>このシナリオを複製して試算（結果はまだありません）</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>名前を変更…</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Remove this scenario and its result (asks for a reason)</source>
      <translation>このシナリオと結果を削除（理由を求めます）</translation>
    </message>
    <message>
      <source>Make committee scenario…</source>
      <translation>格付委員会のシナリオにする…</translation>
    </message>
    <message>
      <source>A what-if takes edits without a reason; making it the committee's scenario asks one reason for all its changes</source>
      <translation>試算シナリオは理由なしで変更できます。格付委員会のシナリオにするときは、変更全体の理由を一つ求めます</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>書き出し…</translation>
    </message>
    <message>
      <source>Write this scenario to a TOML file a reviewer can rerun</source>
      <translation>このシナリオを、レビュー担当者が再計算できる TOML ファイルに書き出し</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>取込み…</translation>
    </message>
    <message>
      <source>Read a scenario file: it replaces the scenario of its name, or is added</source>
      <translation>シナリオファイルを読込み：同名のシナリオを置き換えるか、追加します</translation>
    </message>
    <message>
      <source>New scenario</source>
      <translation>新しいシナリオ</translation>
    </message>
    <message>
      <source>Rename %s</source>
      <translation>%s の名前を変更</translation>
    </message>
    <message>
      <source>Remove %s and its result</source>
      <translation>%s とその結果を削除</translation>
    </message>
    <message>
      <source>Make %s the committee's scenario: why these changes</source>
      <translation>%s を格付委員会のシナリオにする：変更の理由</translation>
    </message>
    <message>
      <source>Scenario not exported</source>
      <translation>シナリオを書き出していません</translation>
    </message>
    <message>
      <source>Scenario not imported</source>
      <translation>シナリオを取り込んでいません</translation>
    </message>
    <message>
      <source>Import scenario %s</source>
      <translation>シナリオ %s を取込み</translation>
    </message>
  </context>
  <context>
    <name>ScenarioFile</name>
    <message>
      <source>{file}: {problem}</source>
      <extracomment>Structure fields that hold an entity id in the case and the entity's name in a file. The translation context of a scenario file's refusals (``[context.ScenarioFile]``).</extracomment>
      <translation>{file}：{problem}</translation>
    </message>
    <message>
      <source>{file}: {key}: {problem}</source>
      <translation>{file}：{key}：{problem}</translation>
    </message>
    <message>
      <source>no such file</source>
      <translation>ファイルがありません</translation>
    </message>
    <message>
      <source>cannot be read ({error})</source>
      <translation>読めません（{error}）</translation>
    </message>
    <message>
      <source>not a TOML file ({error})</source>
      <translation>TOML ファイルではありません（{error}）</translation>
    </message>
    <message>
      <source>is not a field of a scenario file</source>
      <translation>シナリオファイルの項目ではありません</translation>
    </message>
    <message>
      <source>is {found}; this JCR Desk reads format {format}</source>
      <translation>{found} です。この JCR Desk が読める形式は {format} です</translation>
    </message>
    <message>
      <source>every scenario file names its scenario</source>
      <translation>シナリオファイルにはシナリオ名が必要です</translation>
    </message>
    <message>
      <source>{key}: {old} → {new}</source>
      <translation>{key}: {old} → {new}</translation>
    </message>
    <message>
      <source>Import scenario {name}: an import is a recorded decision; give a reason.</source>
      <translation>シナリオ {name} の取込み：取込みは記録される判断です。理由を入力してください。</translation>
    </message>
    <message>
      <source>the case has no entity called {name}</source>
      <translation>案件に {name} という名前の事業体はありません</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}：ファイルがありません</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook JCR Desk can read ({error})</source>
      <translation>{file}：JCR Desk が読める Excel ワークブックではありません（{error}）</translation>
    </message>
    <message>
      <source>{file}: has no {sheet} sheet; export a committee workbook from JCR Desk, edit its {sheet} sheet, then import it</source>
      <translation>{file}：{sheet} シートがありません。JCR Desk から格付委員会ワークブックを書き出し、その {sheet} シートを編集してから取り込んでください</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: no header row ({headers}); was the sheet exported by JCR Desk?</source>
      <translation>{file}、シート {sheet}：見出し行（{headers}）がありません。JCR Desk が書き出したシートですか？</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, cell {cell}: the table {table} must end with an empty row before the next key</source>
      <translation>{file}、シート {sheet}、セル {cell}：表 {table} の後、次のキーの前に空行が必要です</translation>
    </message>
    <message>
      <source>holds a formula without a computed value; type the value, or save the workbook in Excel so that it keeps the formula's result</source>
      <translation>計算結果のない数式です。値を入力するか、数式の結果が残るよう Excel でワークブックを保存してください</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}: {problem}</source>
      <translation>{file}、シート {sheet}：{problem}</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet}, cell {cell} ({key}): {problem}</source>
      <translation>{file}、シート {sheet}、セル {cell}（{key}）：{problem}</translation>
    </message>
    <message>
      <source>{key}: {problem}</source>
      <translation>{key}：{problem}</translation>
    </message>
  </context>
  <context>
    <name>ScenarioFiles</name>
    <message>
      <source>JCR Desk scenario (*.toml)</source>
      <translation>JCR Desk シナリオ (*.toml)</translation>
    </message>
    <message>
      <source>Export scenario</source>
      <translation>シナリオを書き出し</translation>
    </message>
    <message>
      <source>Import scenario</source>
      <translation>シナリオを取込み</translation>
    </message>
  </context>
  <context>
    <name>SegmentAdjustmentDialog</name>
    <message>
      <source>Multiplier for a segment of the pool</source>
      <translation>プールのセグメントの倍率</translation>
    </message>
    <message>
      <source>Why this segment needs its own multiplier</source>
      <translation>このセグメントに固有の倍率が必要な理由</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>セグメント</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>格付</translation>
    </message>
    <message>
      <source>Multiplier</source>
      <translation>倍率</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>係数</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
  </context>
  <context>
    <name>SensitivityModel</name>
    <message>
      <source>Defaults ×%s</source>
      <translation>デフォルト ×%s</translation>
    </message>
  </context>
  <context>
    <name>SheetDialog</name>
    <message>
      <source>Choose the loan sheet</source>
      <translation>債権のシートを選択</translation>
    </message>
    <message>
      <source>{file} has several sheets. Which one lists the loans?</source>
      <translation>{file} には複数のシートがあります。債権の一覧はどのシートですか？</translation>
    </message>
  </context>
  <context>
    <name>StaticBaseCaseDialog</name>
    <message>
      <source>Base case from static data — {file}</source>
      <translation>実績データによるベースケース — {file}</translation>
    </message>
    <message>
      <source>Cumulative default rate by vintage (solid: observed; dashed: chain ladder)</source>
      <translation>ビンテージ別累積デフォルト率（実線：実績、破線：チェーンラダー法）</translation>
    </message>
    <message>
      <source>Default timing applied from the cut-off</source>
      <translation>基準日以降に適用するデフォルト発生時期</translation>
    </message>
    <message>
      <source>Use as base case</source>
      <translation>ベースケースとして使用</translation>
    </message>
    <message>
      <source>Base case taken as (002 §2(1)(a))</source>
      <translation>ベースケースの採り方（002 §2(1)(a)）</translation>
    </message>
    <message>
      <source>Lifetime default rate %s (%s)</source>
      <translation>累積デフォルト率 %s（%s）</translation>
    </message>
  </context>
  <context>
    <name>StaticCharts</name>
    <message>
      <source>Months since origination</source>
      <extracomment>Hue of the oldest and the newest vintage (HSV degrees): blue to red.</extracomment>
      <translation>実行からの月数</translation>
    </message>
    <message>
      <source>Months from the cut-off</source>
      <translation>基準日からの月数</translation>
    </message>
    <message>
      <source>Share of lifetime defaults per month</source>
      <translation>月ごとの累積デフォルトに占める割合</translation>
    </message>
  </context>
  <context>
    <name>StaticDialog</name>
    <message>
      <source>mean of the vintages</source>
      <translation>ビンテージの平均</translation>
    </message>
    <message>
      <source>mean + k standard deviations</source>
      <translation>平均 ＋ k × 標準偏差</translation>
    </message>
    <message>
      <source>trend carried to the next vintage</source>
      <translation>トレンドを次のビンテージまで延長</translation>
    </message>
    <message>
      <source>mean of {vintages} vintages</source>
      <extracomment>The reading in words with its figures (the audit log keeps base_case.method_label's English).</extracomment>
      <translation>{vintages} ビンテージの平均</translation>
    </message>
    <message>
      <source>mean + {k} standard deviations of {vintages} vintages</source>
      <translation>{vintages} ビンテージの平均 ＋ {k} × 標準偏差</translation>
    </message>
    <message>
      <source>trend of {vintages} vintages carried to the next vintage</source>
      <translation>{vintages} ビンテージのトレンドを次のビンテージまで延長</translation>
    </message>
    <message>
      <source>Lifetime default rate (mean)</source>
      <translation>累積デフォルト率（平均）</translation>
    </message>
    <message>
      <source>Standard deviation</source>
      <translation>標準偏差</translation>
    </message>
    <message>
      <source>Trend across vintages</source>
      <translation>ビンテージ間のトレンド</translation>
    </message>
    <message>
      <source>Prepayment rate (CPR, annual)</source>
      <translation>期限前償還率（CPR、年率）</translation>
    </message>
    <message>
      <source>Pool seasoning</source>
      <translation>プールの経過期間</translation>
    </message>
    <message>
      <source>Default timing</source>
      <translation>デフォルトの発生時期</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {vintages} vintages, quarterly columns; </source>
      <translation>{file}、シート {sheet}：{vintages} ビンテージ、四半期ごとの列。</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {vintages} vintages, monthly columns; </source>
      <translation>{file}、シート {sheet}：{vintages} ビンテージ、月次の列。</translation>
    </message>
    <message>
      <source>prepayments from sheet {sheet}.</source>
      <translation>期限前償還はシート {sheet} から。</translation>
    </message>
    <message>
      <source>no prepayment sheet.</source>
      <translation>期限前償還のシートなし。</translation>
    </message>
    <message>
      <source>{rate} (scenario now {now})</source>
      <translation>{rate}（シナリオの現在値 {now}）</translation>
    </message>
    <message>
      <source>{rate} across {vintages} vintages</source>
      <translation>{rate}（{vintages} ビンテージ）</translation>
    </message>
    <message>
      <source>{points} percentage points per vintage (least squares, oldest to newest)</source>
      <translation>ビンテージごとに {points} ポイント（最小二乗法、古い順）</translation>
    </message>
    <message>
      <source>no prepayment sheet: the scenario keeps {now}</source>
      <translation>期限前償還のシートなし：シナリオの {now} を維持</translation>
    </message>
    <message>
      <source>{months} months ({years} years), balance-weighted age at the cut-off</source>
      <translation>{months} か月（{years} 年）、基準日時点の残高加重経過期間</translation>
    </message>
    <message>
      <source>{months} months from the cut-off, {origin}; defaults fall within the first {last} months</source>
      <translation>基準日から {months} か月、{origin}。デフォルトは最初の {last} か月以内に発生</translation>
    </message>
    <message>
      <source>the rulebook's curve: the pool is older than the static data</source>
      <translation>ルールブックのカーブ：プールは実績データより古い</translation>
    </message>
    <message>
      <source>the vintages' curve from month {month} on</source>
      <translation>ビンテージの曲線（{month} か月目以降）</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
  </context>
  <context>
    <name>StaticImport</name>
    <message>
      <source>Cannot import the static data</source>
      <extracomment>Workbooks the static-data reader opens.</extracomment>
      <translation>静態データを取り込めません</translation>
    </message>
    <message>
      <source>Workbooks ({patterns});;All files (*)</source>
      <translation>ワークブック ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Import static data</source>
      <translation>実績データを取込み</translation>
    </message>
    <message>
      <source>Import static data…</source>
      <translation>実績データを取込み…</translation>
    </message>
    <message>
      <source>Read the originator's vintage workbook into the base case</source>
      <translation>オリジネーターのビンテージ別ワークブックをベースケースに読込み</translation>
    </message>
    <message>
      <source>Choose a scenario to import static data into.</source>
      <translation>実績データを取り込むシナリオを選んでください。</translation>
    </message>
    <message>
      <source>Another task is running; import the static data after it.</source>
      <translation>別の処理が実行中です。終了後に実績データを取り込んでください。</translation>
    </message>
    <message>
      <source>Reading static data {file}</source>
      <translation>静態データ {file} を読み込み中</translation>
    </message>
    <message>
      <source>Reading static data {file}…</source>
      <translation>静態データ {file} を読み込んでいます…</translation>
    </message>
    <message>
      <source>Import of {file} cancelled; the case is unchanged.</source>
      <translation>{file} の取込みをキャンセルしました。案件は変更されていません。</translation>
    </message>
    <message>
      <source>Static data not used; the case is unchanged.</source>
      <translation>実績データは使いませんでした。案件は変更されていません。</translation>
    </message>
    <message>
      <source>Review the static data's base case.</source>
      <translation>実績データによるベースケースを確認してください。</translation>
    </message>
    <message>
      <source>Base case taken from {file}; the run follows.</source>
      <translation>{file} からベースケースを採用しました。続いて計算します。</translation>
    </message>
    <message>
      <source>{file} was not imported; the case is unchanged.</source>
      <translation>{file} は取り込まれませんでした。案件は変更されていません。</translation>
    </message>
  </context>
  <context>
    <name>StratPanel</name>
    <message>
      <source>Measure</source>
      <translation>指標</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>Bucket</source>
      <translation>区分</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>債権件数</translation>
    </message>
    <message>
      <source>Current balance</source>
      <translation>現在残高</translation>
    </message>
    <message>
      <source>% of balance</source>
      <translation>残高構成比（%）</translation>
    </message>
    <message>
      <source>Stratify by</source>
      <translation>層別の軸</translation>
    </message>
    <message>
      <source>{field}: not in the tape</source>
      <translation>{field}：データにない</translation>
    </message>
    <message>
      <source>% of balance by {field}</source>
      <translation>{field}別の残高構成比（%）</translation>
    </message>
    <message>
      <source>% of balance by {field}, ¥ million</source>
      <translation>{field}別の残高構成比（%、区分は百万円）</translation>
    </message>
    <message>
      <source>largest prefecture share</source>
      <extracomment>The concentration measures of ``resources/pool/strats.toml`` as the summary names them.</extracomment>
      <translation>最大の都道府県の割合</translation>
    </message>
    <message>
      <source>largest borrower share</source>
      <translation>最大債務者の割合</translation>
    </message>
    <message>
      <source>investment condominium share</source>
      <translation>投資用マンションの割合</translation>
    </message>
    <message>
      <source>not in the tape</source>
      <translation>データにない</translation>
    </message>
    <message>
      <source>{date} (inferred: the newest origination date)</source>
      <translation>{date}（推定：最新の実行日）</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>基準日</translation>
    </message>
    <message>
      <source>Borrowers</source>
      <translation>債務者数</translation>
    </message>
    <message>
      <source>Original balance</source>
      <translation>当初残高</translation>
    </message>
    <message>
      <source>{label}: average</source>
      <translation>{label}：単純平均</translation>
    </message>
    <message>
      <source>{label}: weighted average</source>
      <translation>{label}：残高加重平均</translation>
    </message>
    <message>
      <source>{measure}: {subject}</source>
      <translation>{measure}：{subject}</translation>
    </message>
    <message>
      <source> — above the {threshold} flag</source>
      <translation> — 目安 {threshold} 超</translation>
    </message>
  </context>
  <context>
    <name>StressInput</name>
    <message>
      <source>{rating} is not a short-term rating</source>
      <extracomment>What the sponsor's backup line provides (003 No. 2 §2, §3(1), footnote 1).</extracomment>
      <translation>{rating} は短期格付ではありません</translation>
    </message>
    <message>
      <source>an answered check needs its reason</source>
      <translation>回答した確認事項には理由が必要です</translation>
    </message>
    <message>
      <source>a program needs a name</source>
      <translation>プログラムには名称が必要です</translation>
    </message>
    <message>
      <source>a check is answered twice</source>
      <translation>同じ確認事項に二度回答しています</translation>
    </message>
    <message>
      <source>a mitigation needs its reason</source>
      <translation>軽減措置には理由が必要です</translation>
    </message>
    <message>
      <source>the program's own estimate needs a reason</source>
      <translation>プログラム独自の見積りには理由が必要です</translation>
    </message>
    <message>
      <source>is {rating}; allowed: {allowed}</source>
      <translation>{rating} です。使用できるのは {allowed} です</translation>
    </message>
    <message>
      <source>name each target rating once</source>
      <translation>目標格付はそれぞれ一度だけ指定してください</translation>
    </message>
    <message>
      <source>stored by another version of JCR Desk</source>
      <translation>別のバージョンの JCR Desk で保存されています</translation>
    </message>
    <message>
      <source>cannot be read ({problem})</source>
      <translation>読み取れません（{problem}）</translation>
    </message>
    <message>
      <source>{key}: {problem}</source>
      <extracomment>The translation context of the guideline's steps and caps (``jcr_desk_ja.ts``). The translation context of the analysis's notes and open items. The translation context of the inputs a program or its stress choices refuse. The rulebook's own words (checklist points, documents, dimensions), registered for translation in ``jcr_desk/ui/abcp/abcp_words.py``.</extracomment>
      <translation>{key}：{problem}</translation>
    </message>
    <message>
      <source>the multiple of {better} ({higher}) would be below that of {worse} ({lower}): a higher target rating never takes a weaker stress</source>
      <extracomment>Factors that would stress a higher target rating less than a lower one, per stress form.</extracomment>
      <translation>{better} の倍率（{higher}）が {worse} の倍率（{lower}）を下回ることになります。上位の目標格付に弱いストレスをかけることはできません</translation>
    </message>
    <message>
      <source>the k of {better} ({higher}) would be below that of {worse} ({lower}): a higher target rating never takes a weaker stress</source>
      <translation>{better} の k（{higher}）が {worse} の k（{lower}）を下回ることになります。上位の目標格付に弱いストレスをかけることはできません</translation>
    </message>
    <message>
      <source>a stress factor must be above zero</source>
      <translation>ストレス係数は0より大きくなければなりません</translation>
    </message>
    <message>
      <source>an adjusted factor needs its reason</source>
      <translation>調整した係数には理由が必要です</translation>
    </message>
    <message>
      <source>the analyst's choice needs a reason</source>
      <translation>アナリストの選択には理由が必要です</translation>
    </message>
    <message>
      <source>a rating's factor is adjusted twice</source>
      <translation>同じ格付の係数を二度調整しています</translation>
    </message>
    <message>
      <source>The case has no scenario with id {id}.</source>
      <extracomment>Assumption names ``--set`` and the tab may override for one run.</extracomment>
      <translation>案件に ID {id} のシナリオがありません。</translation>
    </message>
    <message>
      <source>The case has no pool: import a loan tape first.</source>
      <translation>案件にプールがありません。先に債権データを取り込んでください。</translation>
    </message>
    <message>
      <source>Unknown assumption {name}; choose one of {names}.</source>
      <translation>前提 {name} はありません。{names} のいずれかを選んでください。</translation>
    </message>
    <message>
      <source>expected a table of values, got {value}</source>
      <translation>値の表が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>is not a field this record has</source>
      <translation>この記録にはない項目です</translation>
    </message>
    <message>
      <source>is missing</source>
      <translation>値がありません</translation>
    </message>
    <message>
      <source>is {value}; allowed: {allowed}</source>
      <extracomment>What a per-deal multiplier adjustment is attributed to (seed 002 §2(1)(b) lists them). Segments a multiplier can be set for, besides "prefecture:NAME" and "region:NAME".</extracomment>
      <translation>値が {value} です。指定できるのは {allowed} です</translation>
    </message>
    <message>
      <source>is {value}; allowed: {low} or more</source>
      <translation>値が {value} です。指定できるのは {low} 以上です</translation>
    </message>
    <message>
      <source>{low} to {high}</source>
      <translation>{low} から {high} まで</translation>
    </message>
    <message>
      <source>{low} or more</source>
      <translation>{low} 以上</translation>
    </message>
    <message>
      <source>{high} or less</source>
      <translation>{high} 以下</translation>
    </message>
    <message>
      <source>is {value}; allowed: {span} ({unit})</source>
      <translation>値が {value} です。指定できるのは {span} です（{unit}）</translation>
    </message>
    <message>
      <source>is {value}; allowed: {span}</source>
      <translation>値が {value} です。指定できるのは {span} です</translation>
    </message>
    <message>
      <source>expected text, got {value}</source>
      <extracomment>What a value should have been, one sentence each ("expected a number, got 'x'").</extracomment>
      <translation>文字列が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected true or false, got {value}</source>
      <translation>true か false が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a number, got {value}</source>
      <translation>数値が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a whole number, got {value}</source>
      <translation>整数が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a date YYYY-MM-DD, got {value}</source>
      <translation>YYYY-MM-DD 形式の日付が必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a list of tables, got {value}</source>
      <translation>表のリストが必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a list of numbers, got {value}</source>
      <translation>数値のリストが必要ですが、{value} です</translation>
    </message>
    <message>
      <source>expected a list of texts, got {value}</source>
      <translation>文字列のリストが必要ですが、{value} です</translation>
    </message>
    <message>
      <source>a fraction (0.0125 = 1.25 %)</source>
      <extracomment>The units a number is checked in (``unit=``), as the refusal names them.</extracomment>
      <translation>比率（0.0125 = 1.25 %）</translation>
    </message>
    <message>
      <source>yen</source>
      <translation>円</translation>
    </message>
    <message>
      <source>a stress multiplier must be above 0</source>
      <translation>ストレス倍率は 0 より大きくしてください</translation>
    </message>
    <message>
      <source>every adjustment needs its reason</source>
      <translation>調整には理由が必要です</translation>
    </message>
    <message>
      <source>a decision needs its reason</source>
      <translation>判断には理由が必要です</translation>
    </message>
    <message>
      <source>a rating is listed twice</source>
      <translation>同じ格付が 2 回指定されています</translation>
    </message>
    <message>
      <source>the shares must add up to more than 0</source>
      <translation>割合の合計は 0 より大きくしてください</translation>
    </message>
    <message>
      <source>one multiplier is adjusted twice</source>
      <translation>同じ倍率が 2 回調整されています</translation>
    </message>
    <message>
      <source>expected a table</source>
      <translation>表が必要です</translation>
    </message>
    <message>
      <source>{text} is not a rating</source>
      <translation>{text} は格付ではありません</translation>
    </message>
    <message>
      <source>{rating} marks a default event, not a target rating</source>
      <translation>{rating} はデフォルトを表す記号で、目標格付にはできません</translation>
    </message>
    <message>
      <source>The classes add up to {notes}, more than the new pool's {pool}, so their amounts cannot stay: keep their shares instead.</source>
      <translation>クラスの合計 {notes} が新しいプールの {pool} を上回るため、金額は維持できません。構成比を維持してください。</translation>
    </message>
    <message>
      <source>The structure records no pool its classes were sized for, so their shares are unknown: keep their amounts, or edit the classes.</source>
      <translation>ストラクチャーにはクラス設定の前提となったプールの記録がないため、構成比がわかりません。金額を維持するか、クラスを編集してください。</translation>
    </message>
    <message>
      <source>The classes are re-fitted by {first} or {second}.</source>
      <translation>クラスの再設定は {first} か {second} のいずれかで行います。</translation>
    </message>
    <message>
      <source>every class needs a name</source>
      <extracomment>Seed 002 §4: how the structure answers a servicer that falls below the trigger.</extracomment>
      <translation>すべてのクラスに名前が必要です</translation>
    </message>
    <message>
      <source>an answered requirement needs its reason</source>
      <translation>回答した要件には理由が必要です</translation>
    </message>
    <message>
      <source>a requirement is answered twice</source>
      <translation>同じ要件に 2 回回答しています</translation>
    </message>
    <message>
      <source>The classes add up to {notes}, more than the pool's {pool} current balance.</source>
      <translation>クラスの合計 {notes} がプールの現在残高 {pool} を上回っています。</translation>
    </message>
    <message>
      <source>two classes have the same name; each name must be unique</source>
      <translation>2 つのクラスが同じ名前です。名前は重複しないようにしてください</translation>
    </message>
    <message>
      <source>two classes have the same rank; ranks must be unique</source>
      <translation>2 つのクラスが同じ順位です。順位は重複しないようにしてください</translation>
    </message>
    <message>
      <source>{count} residual classes; a structure has at most one</source>
      <translation>劣後部分のクラスが {count} つあります。ストラクチャーに置けるのは 1 つまでです</translation>
    </message>
    <message>
      <source>the residual class {name} must have the lowest rank</source>
      <translation>劣後部分のクラス {name} は最も低い順位にしてください</translation>
    </message>
    <message>
      <source>bad loan</source>
      <extracomment>The risk layers as a refusal names them inside its sentence.</extracomment>
      <translation>貸倒れ</translation>
    </message>
    <message>
      <source>interest rate</source>
      <translation>金利</translation>
    </message>
    <message>
      <source>commingling</source>
      <translation>コミングリング</translation>
    </message>
    <message>
      <source>setoff</source>
      <translation>相殺</translation>
    </message>
    <message>
      <source>The {layer} layer at {rating} would be {share} of the pool, above 100 %: check the loans' remaining terms and the collection period.</source>
      <translation>格付 {rating} の{layer}リスクの信用補完がプールの {share} となり、100 % を超えます。債権の残存期間と回収期間を確認してください。</translation>
    </message>
    <message>
      <source>lifetime default rate</source>
      <extracomment>Assumptions a run cannot do without, with the words the analyst reads.</extracomment>
      <translation>累積デフォルト率</translation>
    </message>
    <message>
      <source>prepayment rate</source>
      <translation>期限前償還率</translation>
    </message>
    <message>
      <source>recovery rate</source>
      <translation>回収率</translation>
    </message>
    <message>
      <source>foreclosure lag</source>
      <translation>担保処分までの期間</translation>
    </message>
    <message>
      <source>current balance</source>
      <extracomment>The pool's columns a run cannot do without, named.</extracomment>
      <translation>現在残高</translation>
    </message>
    <message>
      <source>remaining term</source>
      <translation>残存期間</translation>
    </message>
    <message>
      <source>The scenario has no pool: import a loan tape first.</source>
      <translation>シナリオにプールがありません。先に債権データを取り込んでください。</translation>
    </message>
    <message>
      <source>The pool has no {what} ({column}); the run needs it.</source>
      <translation>プールに{what}（{column}）がありません。計算に必要です。</translation>
    </message>
    <message>
      <source>The scenario has no {named}: type it or import the originator's static data.</source>
      <translation>シナリオに {named} がありません。入力するか、オリジネーターの実績データを取り込んでください。</translation>
    </message>
    <message>
      <source>{what} ({name})</source>
      <translation>{what}（{name}）</translation>
    </message>
    <message>
      <source>No target rating chosen.</source>
      <translation>目標格付が選ばれていません。</translation>
    </message>
    <message>
      <source>{name} must be a fraction between 0 and 1, got {value}.</source>
      <translation>{name} は 0 から 1 までの比率にしてください（{value} です）。</translation>
    </message>
    <message>
      <source>recovery_lag_months must be 0 or more.</source>
      <translation>recovery_lag_months は 0 以上にしてください。</translation>
    </message>
    <message>
      <source>The trust fee</source>
      <translation>信託報酬</translation>
    </message>
    <message>
      <source>The servicing fee</source>
      <translation>サービシング報酬</translation>
    </message>
    <message>
      <source>{fee} is an annual fraction between 0 and 1 (0 % to 100 %); got {value}.</source>
      <translation>{fee}は 0 から 1 まで（0 % から 100 %）の年率にしてください（{value} です）。</translation>
    </message>
    <message>
      <source>The legal final maturity {final} is not after the cut-off {cut_off}.</source>
      <translation>法定最終償還日 {final} が基準日 {cut_off} より後になっていません。</translation>
    </message>
    <message>
      <source>The structure has no classes.</source>
      <translation>ストラクチャーにクラスがありません。</translation>
    </message>
    <message>
      <source>The structure has no rated class (only a residual class).</source>
      <translation>ストラクチャーに格付対象のクラスがありません（劣後部分のみです）。</translation>
    </message>
    <message>
      <source>{name}: coupon type {kind} is not one of {allowed}.</source>
      <translation>{name}：利率の種類 {kind} は {allowed} のいずれでもありません。</translation>
    </message>
    <message>
      <source>{name}: the balance must be a number of at least 0, got {value}.</source>
      <translation>{name}：残高は 0 以上の数値にしてください（{value} です）。</translation>
    </message>
    <message>
      <source>{name}: the coupon (or the margin of a floating coupon) must be a number of at least 0, got {value}.</source>
      <translation>{name}：利率（変動金利ではスプレッド）は 0 以上の数値にしてください（{value} です）。</translation>
    </message>
    <message>
      <source>The pool's current balance must be a number of at least 0; it is negative, missing or infinite for {loans}.</source>
      <translation>プールの現在残高は 0 以上の数値にしてください。{loans} では負の値、空欄または無限大です。</translation>
    </message>
    <message>
      <source>The pool has no loan with a remaining term of at least one month: there is nothing to project (check the remaining term or maturity date column).</source>
      <translation>残存期間が 1 か月以上の債権がプールにありません。キャッシュフローを推計できません（残存期間または最終期日の列を確認してください）。</translation>
    </message>
    <message>
      <source>The remaining term is negative or infinite for {loans}.</source>
      <translation>{loans} の残存期間が負の値または無限大です。</translation>
    </message>
    <message>
      <source>The deposit balance</source>
      <translation>預金残高</translation>
    </message>
    <message>
      <source>The property value</source>
      <translation>物件価値</translation>
    </message>
    <message>
      <source>{what} must be a number of at least 0; it is negative or infinite for {loans}.</source>
      <translation>{what}は 0 以上の数値にしてください。{loans} では負の値または無限大です。</translation>
    </message>
    <message>
      <source>the result was computed by another version of JCR Desk (format {found}, this one reads {format})</source>
      <extracomment>Bumped whenever the record's shape changes; a stored result of another format is stale.</extracomment>
      <translation>この結果は別のバージョンの JCR Desk で計算されています（形式 {found}、このバージョンが読めるのは形式 {format}）</translation>
    </message>
  </context>
  <context>
    <name>StressResult</name>
    <message>
      <source>The classes (¥{notes:,.0f}) were sized for a pool of ¥{sized_for:,.0f}, but this pool is ¥{pool:,.0f}: the ¥{excess:,.0f} above the classes counts as over-collateralisation until they are re-fitted (keep their amounts or their shares).</source>
      <translation>各クラス（¥{notes:,.0f}）は ¥{sized_for:,.0f} のプールに合わせて設定されていますが、このプールは ¥{pool:,.0f} です。クラスを上回る ¥{excess:,.0f} は、クラスを合わせ直す（金額を維持するか構成比を維持する）まで超過担保として扱います。</translation>
    </message>
    <message>
      <source>The structure records no pool its classes were sized for; the ¥{excess:,.0f} ({share:.2%}) this pool holds above them is taken as over-collateralisation.</source>
      <translation>ストラクチャーに各クラスの前提となったプールの記録がありません。このプールがクラスを上回る ¥{excess:,.0f}（{share:.2%}）は超過担保として扱います。</translation>
    </message>
    <message>
      <source>Segment {segment}: {share:.1%} of the pool; default multipliers ×{uplift:g} (Desk default, 002 §2(1)(b), §2(2)(b)) unless adjusted.</source>
      <translation>セグメント {segment}：プールの {share:.1%}。調整しない限りデフォルト倍率 ×{uplift:g}（Desk 既定値、002 §2(1)(b)、§2(2)(b)）。</translation>
    </message>
    <message>
      <source>Segment {segment}: {share:.1%} of the pool; multipliers as adjusted by the analyst.</source>
      <translation>セグメント {segment}：プールの {share:.1%}。倍率はアナリストの調整どおり。</translation>
    </message>
    <message>
      <source>{rating}: {missed:.2%} of the cut-off balance could not default (stressed {stressed:.2%}, realised {realised:.2%}): no loan was still running to take it when the timing curve asked for it.</source>
      <translation>{rating}：基準日残高の {missed:.2%} はデフォルトさせられませんでした（ストレス {stressed:.2%}、実現 {realised:.2%}）。デフォルト発生カーブが求めた時点で、それを負担する残存債権がありませんでした。</translation>
    </message>
    <message>
      <source>The pool has no deposit balances: the setoff layer is zero.</source>
      <translation>プールに預金残高がありません。相殺リスクの信用補完はゼロです。</translation>
    </message>
    <message>
      <source>The servicer's rating is not entered, so the {trigger} trigger for commingling cannot be checked; enter it to see whether cash in trust is needed.</source>
      <translation>サービサーの格付が入力されていないため、コミングリングの {trigger} トリガーを確認できません。信託への資金移動が必要かどうかは、格付を入力すると分かります。</translation>
    </message>
    <message>
      <source>Servicer rated {rating} is below {trigger} flat with a negative direction: within {days} days the structure must add cash in trust equal to the commingling enhancement, or the servicer must pay estimated collections in advance.</source>
      <translation>サービサーの格付 {rating} はネガティブ方向の {trigger} フラットを下回っています。{days} 日以内に、ストラクチャーはコミングリングの信用補完に等しい資金を信託に追加するか、サービサーが回収見込額を前払いしなければなりません。</translation>
    </message>
    <message>
      <source>Servicer rated {rating} is not below {trigger} flat with a negative direction; no cash in trust or advance payment of collections is required.</source>
      <translation>サービサーの格付 {rating} はネガティブ方向の {trigger} フラットを下回っていません。信託への資金移動も回収金の前払いも必要ありません。</translation>
    </message>
    <message>
      <source>Credit Monitor ({direction})</source>
      <translation>クレジット・モニター（{direction}）</translation>
    </message>
    <message>
      <source>{rating} ({direction})</source>
      <translation>{rating}（{direction}）</translation>
    </message>
    <message>
      <source>{first}, {second}</source>
      <extracomment>The first loans of a warning: one, two or three named, then how many more.</extracomment>
      <translation>{first}、{second}</translation>
    </message>
    <message>
      <source>{first}, {second}, {third}</source>
      <translation>{first}、{second}、{third}</translation>
    </message>
    <message>
      <source>{first}, {second}, {third} and {more:,} more</source>
      <translation>{first}、{second}、{third} ほか {more:,} 件</translation>
    </message>
    <message>
      <source>The pool has no repayment_type: every loan is read as level_payment.</source>
      <extracomment>The columns a loan may lack, with the value every loan is then read as.</extracomment>
      <translation>プールに返済方法の列がありません。すべての債権を元利均等返済として扱います。</translation>
    </message>
    <message>
      <source>The pool has no rate_type: every loan is read as variable.</source>
      <translation>プールに金利タイプの列がありません。すべての債権を変動金利として扱います。</translation>
    </message>
    <message>
      <source>loan at position {position} (tape row {row})</source>
      <extracomment>Every loan column a stress run reads (a command-line run loads only these).</extracomment>
      <translation>{position} 番目の債権（債権データ {row} 行目）</translation>
    </message>
    <message>
      <source>loan at position {position}</source>
      <translation>{position} 番目の債権</translation>
    </message>
    <message>
      <source>loan {loan} (tape row {row})</source>
      <translation>債権 {loan}（債権データ {row} 行目）</translation>
    </message>
    <message>
      <source>loan {loan}</source>
      <translation>債権 {loan}</translation>
    </message>
    <message>
      <source>{count:,} loans without a positive balance or a remaining term are left out of the projection: {loans}.</source>
      <translation>残高がゼロ以下または残存期間のない {count:,} 件の債権はキャッシュフロー予測から除きます：{loans}。</translation>
    </message>
    <message>
      <source>{count:,} loans without an interest rate earn no interest: {loans}.</source>
      <translation>金利のない {count:,} 件の債権は利息を生みません：{loans}。</translation>
    </message>
    <message>
      <source>{count:,} loans carry a negative interest rate, used as stated: {loans}.</source>
      <translation>{count:,} 件の債権の金利はマイナスです。記載どおりに使います：{loans}。</translation>
    </message>
    <message>
      <source>The pool does not say which loans hold a first lien: no recoveries.</source>
      <translation>プールにどの債権が第一順位の担保権を持つかの記載がありません。回収はありません。</translation>
    </message>
    <message>
      <source>{count:,} first-lien loans without a property value recover nothing: {loans}.</source>
      <translation>担保評価額のない第一順位の債権 {count:,} 件は回収がありません：{loans}。</translation>
    </message>
    <message>
      <source>The pool has no property values: no recoveries.</source>
      <translation>プールに担保評価額がありません。回収はありません。</translation>
    </message>
    <message>
      <source>{count:,} properties have neither a valuation nor an origination date: their values are taken as valued at the cut-off.</source>
      <translation>{count:,} 件の物件には評価日も実行日もありません。その評価額は基準日時点の評価として扱います。</translation>
    </message>
    <message>
      <source>Guarantee company set aside (002 §7(1)): requirement(s) not met: {requirements}; the bad-loan layer rests on the classes' own enhancement.</source>
      <translation>保証会社は考慮しません（002 §7(1)）。満たされない要件：{requirements}。不良債権の信用補完は各クラス自身の信用補完によります。</translation>
    </message>
    <message>
      <source>the guarantor's rating</source>
      <translation>保証会社の格付</translation>
    </message>
    <message>
      <source>Guarantee company: decision open until {missing} is answered (002 §7(1)); meanwhile the bad-loan layer rests on the classes' own enhancement.</source>
      <translation>保証会社：{missing} に回答するまで判断は未決定です（002 §7(1)）。それまでは不良債権の信用補完は各クラス自身の信用補完によります。</translation>
    </message>
    <message>
      <source>Guarantee company rated {rating} relied on (002 §7(1)): classes rated {rating} or lower rest their bad-loan layer on its guarantee; above {rating} the bad-loan layer stands and recoveries by foreclosure are cut by {haircut:.0%} (002 §7(2), Desk default). The other layers keep their own enhancement.</source>
      <translation>格付 {rating} の保証会社に依拠します（002 §7(1)）。格付 {rating} 以下のクラスは不良債権の信用補完を保証に委ねます。{rating} を上回るクラスでは不良債権の信用補完を残し、担保処分による回収を {haircut:.0%} 減じます（002 §7(2)、Desk 既定値）。その他のリスクにはそれぞれの信用補完があります。</translation>
    </message>
    <message>
      <source>Group credit life insurance covers the borrowers; the trust can receive the insurance money (002 §7(3)){reason}: a borrower's death is repaid by the insurer, a point for the committee. The figures do not depend on it.</source>
      <translation>債務者は団体信用生命保険に加入しています。信託は保険金を受け取れます（002 §7(3)）{reason}。債務者の死亡時は保険会社が返済します。格付委員会で考慮する点です。数値はこれに依存しません。</translation>
    </message>
    <message>
      <source>Group credit life insurance covers the borrowers; the trust cannot receive the insurance money (002 §7(3)){reason}: it is given no weight. The figures do not depend on it.</source>
      <translation>債務者は団体信用生命保険に加入していますが、信託は保険金を受け取れません（002 §7(3)）{reason}。考慮しません。数値はこれに依存しません。</translation>
    </message>
    <message>
      <source> ({reason})</source>
      <translation>（{reason}）</translation>
    </message>
    <message>
      <source>Rent guarantee stated, but the tape has no rent-guarantee dates: not counted.</source>
      <translation>家賃保証の記載はありますが、債権データに家賃保証の日付がありません。算入しません。</translation>
    </message>
    <message>
      <source>Rent guarantee on {count:,} apartment loans not counted: the sublease company's rating is not known (002 §2(2)(c)).</source>
      <translation>アパートローン {count:,} 件の家賃保証は算入しません。サブリース会社の格付が不明です（002 §2(2)(c)）。</translation>
    </message>
    <message>
      <source>Rent guarantee of a sublease company rated {rating}: {count:,} apartment loans take no defaults until the guaranteed rent's first review (counted in whole steps of {step_months} months, rounded down), for ratings up to {rating} (002 §2(2)(c)).</source>
      <translation>サブリース会社（格付 {rating}）の家賃保証：アパートローン {count:,} 件は保証賃料の初回見直しまでデフォルトしないものとします（{step_months} か月単位で数え、端数は切り捨て）。格付 {rating} 以下に適用します（002 §2(2)(c)）。</translation>
    </message>
    <message>
      <source>cash in trust within 30 days</source>
      <translation>30日以内の信託への資金移動</translation>
    </message>
    <message>
      <source>advance payment of collections</source>
      <translation>回収金の前払い</translation>
    </message>
    <message>
      <source>The structure provides {what} if the servicer falls below the trigger, but the servicer's rating is not known: the commingling layer is charged (002 §4).</source>
      <translation>サービサーがトリガーを下回った場合の{what}をストラクチャーが定めていますが、サービサーの格付が不明です。コミングリングの信用補完を課します（002 §4）。</translation>
    </message>
    <message>
      <source>The servicer is below the trigger: the {what} the structure provides is due now; the commingling layer is charged until it is in place (002 §4).</source>
      <translation>サービサーはトリガーを下回っています。ストラクチャーが定める{what}が今必要です。それが実施されるまでコミングリングの信用補完を課します（002 §4）。</translation>
    </message>
    <message>
      <source>Commingling layer not charged: the structure provides {what} should the servicer fall below the trigger, and the servicer (rated {rating}) is above it (002 §4).</source>
      <translation>コミングリングの信用補完は課しません。サービサーがトリガーを下回った場合の{what}をストラクチャーが定めており、サービサー（格付 {rating}）はトリガーを上回っています（002 §4）。</translation>
    </message>
    <message>
      <source>{prefecture} holds {share:.1%} of the pool, above the {threshold:.0%} threshold (002 §8(1)): record whether its multipliers are adjusted, with a reason.</source>
      <translation>{prefecture} はプールの {share:.1%} を占め、目安の {threshold:.0%} を超えています（002 §8(1)）。倍率を調整するかどうかを理由とともに記録してください。</translation>
    </message>
    <message>
      <source>{prefecture} holds {share:.1%} of the pool: multipliers adjusted ({analyst}: {reason}).</source>
      <translation>{prefecture} はプールの {share:.1%} を占めます。倍率を調整しました（{analyst}：{reason}）。</translation>
    </message>
    <message>
      <source>{prefecture} holds {share:.1%} of the pool: multipliers not adjusted ({analyst}: {reason}).</source>
      <translation>{prefecture} はプールの {share:.1%} を占めます。倍率は調整しません（{analyst}：{reason}）。</translation>
    </message>
    <message>
      <source>analyst</source>
      <translation>アナリスト</translation>
    </message>
    <message>
      <source>investment condominium</source>
      <extracomment>The translation context of the sentences (``jcr_desk_ja.ts``).</extracomment>
      <translation>投資用マンション</translation>
    </message>
    <message>
      <source>apartment</source>
      <translation>アパート</translation>
    </message>
    <message>
      <source>self employed</source>
      <translation>自営業者</translation>
    </message>
    <message>
      <source>prefecture:{name}</source>
      <translation>都道府県：{name}</translation>
    </message>
    <message>
      <source>region:{name}</source>
      <translation>地域：{name}</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}, row {row}, column {column} ({header})</source>
      <translation>{file}、シート {sheet}、{row} 行目、{column} 列（{header}）</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}, row {row}, column {column}</source>
      <translation>{file}、シート {sheet}、{row} 行目、{column} 列</translation>
    </message>
    <message>
      <source>{place}: {problem}</source>
      <translation>{place}：{problem}</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {problem}</source>
      <translation>{file}、シート {sheet}：{problem}</translation>
    </message>
    <message>
      <source>{file}: {problem}</source>
      <translation>{file}：{problem}</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} は数値ではありません</translation>
    </message>
    <message>
      <source>{value} is not an amount</source>
      <translation>{value} は金額ではありません</translation>
    </message>
    <message>
      <source>there is no sheet named {sheet} (sheets: {sheets})</source>
      <translation>シート {sheet} がありません（あるシート：{sheets}）</translation>
    </message>
    <message>
      <source>sheet {sheet} cannot hold both default and prepayment rates</source>
      <translation>シート {sheet} をデフォルト率と期限前償還率の両方に使うことはできません</translation>
    </message>
    <message>
      <source>no sheet of default rates (only prepayment sheets)</source>
      <translation>デフォルト率のシートがありません（期限前償還率のシートのみです）</translation>
    </message>
    <message>
      <source>the sheet is empty</source>
      <translation>シートが空です</translation>
    </message>
    <message>
      <source>no header of months since origination (such as 1M, 12M, 1ヶ月, Q4 or 1, 2, 3) in the first {rows} rows</source>
      <translation>先頭 {rows} 行に実行からの経過月数の見出し（1M、12M、1ヶ月、Q4、1, 2, 3 など）がありません</translation>
    </message>
    <message>
      <source>no vintage column left of the period headers in row {row}</source>
      <translation>{row} 行目の経過期間の見出しの左にビンテージの列がありません</translation>
    </message>
    <message>
      <source>no vintage rows below the header in row {row} (expected labels such as 2015 or 2015-04 in column {column})</source>
      <translation>{row} 行目の見出しの下にビンテージの行がありません（{column} 列に 2015 や 2015-04 のようなラベルが必要です）</translation>
    </message>
    <message>
      <source>period headers jump from {last} to {months} months (expected {expected})</source>
      <translation>経過期間の見出しが {last} か月から {months} か月に飛んでいます（{expected} か月のはずです）</translation>
    </message>
    <message>
      <source>{cell}: vintage {vintage} has no observed rate yet; left out</source>
      <translation>{cell}：ビンテージ {vintage} にはまだ実績がないため除きます</translation>
    </message>
    <message>
      <source>blank cell before a later observed rate (only the latest periods may be blank)</source>
      <translation>後の期間に値があるのに空欄のセルがあります（空欄にできるのは直近の期間だけです）</translation>
    </message>
    <message>
      <source>the cells hold amounts (up to {top}) but there is no original-balance column (such as Original balance or 実行金額) left of the periods</source>
      <translation>セルは金額（最大 {top}）ですが、経過期間の左に実行金額の列（Original balance、実行金額 など）がありません</translation>
    </message>
    <message>
      <source>a percent among amounts; write one unit per sheet</source>
      <translation>金額の中にパーセントがあります。1 つのシートでは単位を 1 つにしてください</translation>
    </message>
    <message>
      <source>original balance is blank; amounts need it</source>
      <translation>実行金額が空欄です。金額で書かれたシートには必要です</translation>
    </message>
    <message>
      <source>original balance is not above 0; amounts need it</source>
      <translation>実行金額が 0 以下です。金額で書かれたシートには正の値が必要です</translation>
    </message>
    <message>
      <source>{rate} is outside 0–100 %</source>
      <translation>{rate} は 0～100 % の範囲外です</translation>
    </message>
    <message>
      <source>{cell}: cumulative rate falls from {before:.4%} to {after:.4%}</source>
      <translation>{cell}：累積率が {before:.4%} から {after:.4%} に低下しています</translation>
    </message>
  </context>
  <context>
    <name>StressRunController</name>
    <message>
      <source>Choose a scenario to run.</source>
      <extracomment>Quiet time after the last edit before the automatic re-run starts.</extracomment>
      <translation>計算するシナリオを選んでください。</translation>
    </message>
    <message>
      <source>Another task is running; the stress run starts after it.</source>
      <translation>別の処理が実行中です。終了後にストレス計算を始めます。</translation>
    </message>
    <message>
      <source>Stress run: %s</source>
      <translation>ストレス計算：%s</translation>
    </message>
    <message>
      <source>Running %s…</source>
      <translation>%s を計算しています…</translation>
    </message>
    <message>
      <source>Run cancelled; the case keeps its previous result.</source>
      <translation>計算をキャンセルしました。案件は前回の結果のままです。</translation>
    </message>
    <message>
      <source>The inputs changed during the run; running again.</source>
      <translation>計算中に入力が変わりました。再計算します。</translation>
    </message>
    <message>
      <source>%s computed.</source>
      <translation>%s を計算しました。</translation>
    </message>
    <message>
      <source>Changed with the rulebook: %s</source>
      <translation>ルールブックの変更による違い：%s</translation>
    </message>
    <message>
      <source>The stress run stopped: %s</source>
      <translation>ストレス計算が止まりました：%s</translation>
    </message>
  </context>
  <context>
    <name>StressTab</name>
    <message>
      <source>Run (F5)</source>
      <translation>計算（F5）</translation>
    </message>
    <message>
      <source>Run the stresses and the enhancement solver (F5)</source>
      <translation>ストレスと信用補完の計算を実行（F5）</translation>
    </message>
    <message>
      <source>Run again after each change</source>
      <translation>変更のたびに再計算</translation>
    </message>
    <message>
      <source>Base case &amp;&amp; recovery</source>
      <translation>ベースケースと回収</translation>
    </message>
    <message>
      <source>Multipliers</source>
      <translation>ストレス倍率</translation>
    </message>
    <message>
      <source>Structure</source>
      <translation>ストラクチャー</translation>
    </message>
    <message>
      <source>Mechanisms</source>
      <translation>仕組み</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>シナリオ</translation>
    </message>
    <message>
      <source>%s (what-if: edits need no reason)</source>
      <translation>%s（試算：変更理由は不要）</translation>
    </message>
    <message>
      <source>Cannot run yet: %s</source>
      <translation>まだ計算できません：%s</translation>
    </message>
  </context>
  <context>
    <name>StressWords</name>
    <message>
      <source>investment condominium loans</source>
      <translation>投資用マンションローン</translation>
    </message>
    <message>
      <source>apartment loans</source>
      <translation>アパートローン</translation>
    </message>
    <message>
      <source>self-employed borrowers</source>
      <translation>自営業者の債務者</translation>
    </message>
    <message>
      <source>Defaults, first five years</source>
      <translation>デフォルト（当初5年）</translation>
    </message>
    <message>
      <source>Defaults, after five years</source>
      <translation>デフォルト（5年目以降）</translation>
    </message>
    <message>
      <source>Prepayments</source>
      <translation>期限前償還</translation>
    </message>
    <message>
      <source>{name} (prefecture)</source>
      <translation>{name}（都道府県）</translation>
    </message>
    <message>
      <source>{name} (region)</source>
      <translation>{name}（地域）</translation>
    </message>
    <message>
      <source>debt-to-income ratio</source>
      <translation>返済負担率（DTI）</translation>
    </message>
    <message>
      <source>loan-to-value ratio</source>
      <translation>LTV</translation>
    </message>
    <message>
      <source>originator</source>
      <translation>オリジネーター</translation>
    </message>
    <message>
      <source>region</source>
      <translation>地域</translation>
    </message>
    <message>
      <source>employment</source>
      <translation>職業</translation>
    </message>
    <message>
      <source>age</source>
      <translation>年齢</translation>
    </message>
    <message>
      <source>loan purpose</source>
      <translation>資金使途</translation>
    </message>
    <message>
      <source>concentration</source>
      <translation>集中</translation>
    </message>
    <message>
      <source>other</source>
      <translation>その他</translation>
    </message>
    <message>
      <source>Hokkaido</source>
      <extracomment>The rulebook's regions (stress.toml segments.regions), named as the rulebook names them.</extracomment>
      <translation>北海道</translation>
    </message>
    <message>
      <source>Tohoku</source>
      <translation>東北</translation>
    </message>
    <message>
      <source>Kanto</source>
      <translation>関東</translation>
    </message>
    <message>
      <source>Chubu</source>
      <translation>中部</translation>
    </message>
    <message>
      <source>Kinki</source>
      <translation>近畿</translation>
    </message>
    <message>
      <source>Chugoku</source>
      <translation>中国</translation>
    </message>
    <message>
      <source>Shikoku</source>
      <translation>四国</translation>
    </message>
    <message>
      <source>Kyushu-Okinawa</source>
      <translation>九州・沖縄</translation>
    </message>
  </context>
  <context>
    <name>Structure</name>
    <message>
      <source>fixed</source>
      <translation>固定</translation>
    </message>
    <message>
      <source>floating</source>
      <translation>変動</translation>
    </message>
    <message>
      <source>residual</source>
      <translation>劣後部分</translation>
    </message>
    <message>
      <source>sequential</source>
      <translation>シーケンシャル</translation>
    </message>
    <message>
      <source>pro_rata</source>
      <translation>プロラタ</translation>
    </message>
  </context>
  <context>
    <name>StructurePanel</name>
    <message>
      <source>Payment order</source>
      <translation>支払順位</translation>
    </message>
    <message>
      <source>If the servicer falls below the trigger</source>
      <translation>サービサーの格付がトリガーを下回った場合</translation>
    </message>
    <message>
      <source>Sequential trigger (cumulative defaults)</source>
      <translation>シーケンシャル・トリガー（累積デフォルト）</translation>
    </message>
    <message>
      <source>Clean-up call (pool factor)</source>
      <translation>クリーンアップ・コール（プール残存率）</translation>
    </message>
    <message>
      <source>Trust fee (annual)</source>
      <translation>信託報酬（年率）</translation>
    </message>
    <message>
      <source>Servicing fee (annual)</source>
      <translation>サービシング手数料（年率）</translation>
    </message>
    <message>
      <source>Default trap (excess spread covers defaults)</source>
      <translation>デフォルト・トラップ（超過スプレッドでデフォルトを補填）</translation>
    </message>
    <message>
      <source>Liquidity reserve</source>
      <translation>流動性準備金</translation>
    </message>
    <message>
      <source>Interest rate hedged</source>
      <translation>金利ヘッジあり</translation>
    </message>
    <message>
      <source>Loan rate base matches the notes</source>
      <translation>貸付金利の基準が受益権と一致</translation>
    </message>
    <message>
      <source>Collections stay one day with the servicer</source>
      <translation>回収金がサービサーに滞留するのは1日</translation>
    </message>
    <message>
      <source>nothing stated: the layer is charged</source>
      <translation>定めなし：この要素を計上</translation>
    </message>
    <message>
      <source>cash in trust within 30 days (002 §4)</source>
      <translation>30日以内に信託へ資金移動（002 §4）</translation>
    </message>
    <message>
      <source>advance payment of collections (002 §4)</source>
      <translation>回収金の前払い（002 §4）</translation>
    </message>
    <message>
      <source>Add class</source>
      <translation>クラスを追加</translation>
    </message>
    <message>
      <source>A new fixed-coupon class with no balance, above a residual class</source>
      <translation>残高ゼロの固定利付クラスを劣後部分の上に追加</translation>
    </message>
    <message>
      <source>Remove class</source>
      <translation>クラスを削除</translation>
    </message>
    <message>
      <source>Re-fit classes to the pool…</source>
      <translation>クラスをプールに合わせ直す…</translation>
    </message>
    <message>
      <source>Keep the classes' amounts or their shares of the pool, with a reason</source>
      <translation>クラスの金額またはプールに対する構成比を維持（理由を記入）</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>Classes (double-click to edit; shares and coupons in %)</source>
      <translation>クラス（ダブルクリックで編集。構成比と利率は %）</translation>
    </message>
    <message>
      <source>Priority of payments</source>
      <translation>支払順位</translation>
    </message>
    <message>
      <source>Desk default from the rulebook (the deal states none); 0 means none</source>
      <translation>ルールブックの Desk 既定値（案件に定めなし）。0 はなし</translation>
    </message>
    <message>
      <source>Set %s</source>
      <translation>%s を設定</translation>
    </message>
    <message>
      <source>Edit classes</source>
      <translation>クラスを編集</translation>
    </message>
    <message>
      <source>Pool {pool}; classes {notes}; over-collateralisation {oc} ({share}).</source>
      <translation>プール {pool}、クラス合計 {notes}、超過担保 {oc}（{share}）。</translation>
    </message>
    <message>
      <source>⚠ The classes were sized for a pool of {sized}: re-fit them (keep their amounts or their shares) before these figures go to committee.</source>
      <translation>⚠ クラスは {sized} のプールに合わせて設定されています。これらの数値を格付委員会に出す前に、クラスを合わせ直してください（金額または構成比を維持）。</translation>
    </message>
    <message>
      <source>The structure records no pool its classes were sized for: what the pool holds above them is taken as over-collateralisation.</source>
      <translation>ストラクチャーにはクラス設定の前提となったプールの記録がありません。クラス合計を上回るプール残高は超過担保とみなします。</translation>
    </message>
    <message>
      <source>A structure keeps at least one rated class</source>
      <translation>ストラクチャーには格付対象のクラスが少なくとも一つ必要です</translation>
    </message>
    <message>
      <source>Remove the selected class; the ranks below it move up</source>
      <translation>選択したクラスを削除（下位の順位が繰り上がります）</translation>
    </message>
    <message>
      <source>Add %s</source>
      <translation>%s を追加</translation>
    </message>
    <message>
      <source>Remove %s</source>
      <translation>%s を削除</translation>
    </message>
  </context>
  <context>
    <name>TapeProblems</name>
    <message>
      <source>the file is damaged (truncated or corrupted); ask the originator to resend it</source>
      <translation>ファイルが破損しています（途中で切れているか壊れています）。オリジネーターに再送を依頼してください</translation>
    </message>
    <message>
      <source>refused: the archive holds {parts:,} parts; a workbook has a few dozen (the Desk reads at most {most:,}): not a loan tape</source>
      <translation>読込みを拒否しました：アーカイブに {parts:,} 個のパーツがあります。ワークブックのパーツは数十個です（Desk が読むのは最大 {most:,} 個）。債権データではありません</translation>
    </message>
    <message>
      <source>refused: its part {part} would unpack from {packed} to {unpacked} ({ratio}x; real tapes unpack about 10x and the Desk refuses above {limit}x): a zip bomb, not a loan tape</source>
      <translation>読込みを拒否しました：パーツ {part} は {packed} から {unpacked} に展開されます（{ratio} 倍。実際の債権データは約 10 倍で、Desk は {limit} 倍を超えると拒否します）。ZIP 爆弾であり、債権データではありません</translation>
    </message>
    <message>
      <source>refused: its parts would unpack to {unpacked}, above the {limit} a tape of {loans:,} loans needs (a zip bomb or not a loan tape)</source>
      <translation>読込みを拒否しました：パーツの展開後の大きさが {unpacked} で、{loans:,} 件の債権データに必要な {limit} を超えます（ZIP 爆弾か、債権データではありません）</translation>
    </message>
    <message>
      <source>not a spreadsheet: the file is a zip archive without a workbook</source>
      <translation>表計算ファイルではありません：ワークブックを含まない ZIP アーカイブです</translation>
    </message>
    <message>
      <source>refused: its part {part} declares a DTD or entities (an XML entity bomb)</source>
      <translation>読込みを拒否しました：パーツ {part} が DTD またはエンティティを宣言しています（XML エンティティ爆弾）</translation>
    </message>
    <message>
      <source>title row {number} "{cell}"</source>
      <translation>タイトル {number} 行目「{cell}」</translation>
    </message>
    <message>
      <source>{where} {next}</source>
      <translation>{where} {next}</translation>
    </message>
    <message>
      <source>the newest origination date; {why}</source>
      <translation>最新の実行日。{why}</translation>
    </message>
    <message>
      <source>entered by the analyst</source>
      <translation>アナリストが入力</translation>
    </message>
    <message>
      <source>cut-off {entered} as entered; the tape says {found} in its {detail}</source>
      <translation>基準日は入力どおり {entered} です。データでは {detail} に {found} とあります</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{date} (inferred: {detail})</source>
      <translation>{date}（推定：{detail}）</translation>
    </message>
    <message>
      <source>{date} ({detail})</source>
      <translation>{date}（{detail}）</translation>
    </message>
    <message>
      <source>the originator's profile says its tapes state none</source>
      <translation>オリジネーターのプロファイルでは、データに基準日の記載がありません</translation>
    </message>
    <message>
      <source>the originator's profile asks for the cut-off of each tape</source>
      <translation>オリジネーターのプロファイルでは、データごとに基準日を入力します</translation>
    </message>
    <message>
      <source>the tape states no cut-off date in its title rows</source>
      <translation>データのタイトル行に基準日の記載がありません</translation>
    </message>
    <message>
      <source>{why}: seasoning and remaining terms run to the newest origination date, {newest} (inferred); enter the cut-off in the mapping dialog (command line: --cut-off YYYY-MM-DD)</source>
      <translation>{why}。経過期間と残存期間は最新の実行日 {newest}（推定）までで計算しています。基準日は列の対応付け画面で入力してください（コマンドライン：--cut-off YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>{label}: {distinct:,} borrowers hold more than one loan ({count:,} loans) — setoff is counted per borrower</source>
      <translation>{label}：{distinct:,} 名の債務者が複数の債権を持っています（{count:,} 件）— 相殺は債務者単位で計算します</translation>
    </message>
    <message>
      <source>{label}: {count:,} values outside the usual range {range}</source>
      <translation>{label}：通常の範囲（{range}）外の値が {count:,} 件</translation>
    </message>
    <message>
      <source>{label}: {count:,} current balances above the original balance</source>
      <translation>{label}：現在残高が当初残高を上回る債権が {count:,} 件</translation>
    </message>
    <message>
      <source>{label}: {count:,} cells that cannot be read</source>
      <translation>{label}：読み取れないセルが {count:,} 件</translation>
    </message>
    <message>
      <source>{label}: {count:,} cells with an unknown code</source>
      <translation>{label}：不明なコードのセルが {count:,} 件</translation>
    </message>
    <message>
      <source>{label}: {distinct:,} borrower holds more than one loan ({count:,} loans) — setoff is counted per borrower</source>
      <translation>{label}：{distinct:,} 名の債務者が複数の債権を持っています（{count:,} 件）— 相殺は債務者単位で計算します</translation>
    </message>
    <message>
      <source>{label}: {count:,} values outside the usual range</source>
      <translation>{label}：通常の範囲外の値が {count:,} 件</translation>
    </message>
    <message>
      <source>{count:,} rows: {message}</source>
      <translation>{count:,} 行：{message}</translation>
    </message>
    <message>
      <source>file</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>column {column}</source>
      <translation>{column} 列</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>{row} 行目</translation>
    </message>
    <message>
      <source>rows {listed} and {more:,} more</source>
      <translation>{listed} 行目ほか {more:,} 行</translation>
    </message>
    <message>
      <source>rows {listed}</source>
      <translation>{listed} 行目</translation>
    </message>
    <message>
      <source>{first}; {rest}</source>
      <extracomment>The translation context of the problems' sentences (``[context.TapeProblems]``).</extracomment>
      <translation>{first}；{rest}</translation>
    </message>
    <message>
      <source>a PNG image</source>
      <translation>PNG 画像</translation>
    </message>
    <message>
      <source>a JPEG image</source>
      <translation>JPEG 画像</translation>
    </message>
    <message>
      <source>a GIF image</source>
      <translation>GIF 画像</translation>
    </message>
    <message>
      <source>a PDF document</source>
      <translation>PDF 文書</translation>
    </message>
    <message>
      <source>the workbook is password-protected; remove the password in Excel and save again</source>
      <translation>ワークブックがパスワードで保護されています。Excel でパスワードを解除して保存し直してください</translation>
    </message>
    <message>
      <source>there is no sheet named {sheet!r} (sheets: {sheets})</source>
      <translation>{sheet!r} という名前のシートはありません（シート：{sheets}）</translation>
    </message>
    <message>
      <source>no header row found in the first {rows} rows: expected at least {least} column names such as Loan No., Current Balance, 債権番号, 残高</source>
      <translation>先頭 {rows} 行に見出し行が見つかりません。「債権番号」「残高」などの列名が {least} 個以上必要です</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {reason}</source>
      <extracomment>Whole-sheet work on object cells runs in blocks of rows: a numpy or pandas call holds the GIL until it returns, and blocks this size keep the window's thread waiting ~10 ms at most (one call over a 100,000-loan sheet held it ~100 ms).</extracomment>
      <translation>{file}、シート {sheet}：{reason}</translation>
    </message>
    <message>
      <source>{file}: {reason}</source>
      <translation>{file}：{reason}</translation>
    </message>
    <message>
      <source>the CSV text cannot be read ({error})</source>
      <translation>CSV のテキストを読み取れません（{error}）</translation>
    </message>
    <message>
      <source>the file cannot be opened ({error})</source>
      <translation>ファイルを開けません（{error}）</translation>
    </message>
    <message>
      <source>the file is empty (0 bytes)</source>
      <translation>ファイルが空です（0 バイト）</translation>
    </message>
    <message>
      <source>the workbook is empty (it has no sheets)</source>
      <translation>ワークブックが空です（シートがありません）</translation>
    </message>
    <message>
      <source>binary data, neither a workbook nor CSV</source>
      <translation>ワークブックでも CSV でもないバイナリデータ</translation>
    </message>
    <message>
      <source>plain text (save a CSV tape as .csv)</source>
      <translation>テキスト（CSV のデータは .csv として保存してください）</translation>
    </message>
    <message>
      <source>the CSV file is neither UTF-8 nor Shift_JIS text</source>
      <translation>CSV ファイルが UTF-8 でも Shift_JIS でもありません</translation>
    </message>
    <message>
      <source>not a spreadsheet: the file is {kind}</source>
      <translation>表計算ファイルではありません：ファイルは{kind}です</translation>
    </message>
    <message>
      <source>the workbook is empty (no sheet has a filled cell)</source>
      <translation>ワークブックが空です（値のあるセルを含むシートがありません）</translation>
    </message>
    <message>
      <source>the sheet is empty</source>
      <translation>シートが空です</translation>
    </message>
    <message>
      <source>refused: sheet {sheet} unpacks to {megabytes} MB of XML with only {rows:,} rows in it (padding, not loans: a zip bomb)</source>
      <translation>読込みを拒否しました：シート {sheet} は {megabytes} MB の XML に展開されますが、行は {rows:,} 行しかありません（債権ではなく詰め物です：ZIP 爆弾）</translation>
    </message>
    <message>
      <source>a row beyond any sheet</source>
      <translation>シートの範囲を超える行</translation>
    </message>
    <message>
      <source>row {row:,}</source>
      <translation>{row:,} 行目</translation>
    </message>
    <message>
      <source>a column beyond any sheet</source>
      <translation>シートの範囲を超える列</translation>
    </message>
    <message>
      <source>refused: sheet {sheet} has cells as far as {where} and {letters}, a range of {cells:,} cells; the largest tape the Desk reads needs {most:,} (a stray cell far out, or a hostile file)</source>
      <translation>読込みを拒否しました：シート {sheet} には {where}・{letters} までセルがあり、{cells:,} セルの範囲になります。Desk が読む最大の債権データでも {most:,} セルです（離れた場所にある不要なセルか、悪意のあるファイルです）</translation>
    </message>
    <message>
      <source>loans</source>
      <extracomment>What each kind of tape holds, as a refusal names it.</extracomment>
      <translation>住宅ローン債権</translation>
    </message>
    <message>
      <source>receivables</source>
      <translation>買取債権</translation>
    </message>
    <message>
      <source>receivables history</source>
      <translation>買取債権の月次実績</translation>
    </message>
    <message>
      <source>the mapping profile {name!r} maps {its} tapes, not {kind}</source>
      <translation>対応付けプロファイル {name!r} は{its}のデータ用で、{kind}用ではありません</translation>
    </message>
    <message>
      <source>yen</source>
      <translation>円</translation>
    </message>
    <message>
      <source>thousand yen</source>
      <translation>千円</translation>
    </message>
    <message>
      <source>percent numbers</source>
      <translation>パーセント表記の数値</translation>
    </message>
    <message>
      <source>fractions</source>
      <translation>小数</translation>
    </message>
    <message>
      <source>{detail} → {unit}</source>
      <translation>{detail} → {unit}</translation>
    </message>
    <message>
      <source>{label}: not decided — {reasons}</source>
      <translation>{label}：未決定 — {reasons}</translation>
    </message>
    <message>
      <source>{label}: {unit}, set by the analyst ({reasons})</source>
      <translation>{label}：{unit}（アナリストが指定。{reasons}）</translation>
    </message>
    <message>
      <source>{label}: {unit} — {details}</source>
      <translation>{label}：{unit} — {details}</translation>
    </message>
    <message>
      <source>the tape gives no evidence</source>
      <translation>データに手がかりがありません</translation>
    </message>
    <message>
      <source>mapping profile "{profile}"</source>
      <translation>対応付けプロファイル「{profile}」</translation>
    </message>
    <message>
      <source>no figure depends on the unit</source>
      <translation>単位に左右される数値がありません</translation>
    </message>
    <message>
      <source>{count:,} cells shown in thousands (#,##0,)</source>
      <translation>千単位表示（#,##0,）のセルが {count:,} 個</translation>
    </message>
    <message>
      <source>{count:,} cells in a percent format (0.00 %)</source>
      <translation>パーセント書式（0.00 %）のセルが {count:,} 個</translation>
    </message>
    <message>
      <source>header "{header}"</source>
      <translation>見出し「{header}」</translation>
    </message>
    <message>
      <source>{inside:,} of {count:,} values are plausible ({range}) only as {unit}</source>
      <translation>{unit}として読んだ場合にのみ {count:,} 個中 {inside:,} 個の値が妥当な範囲（{range}）に入ります</translation>
    </message>
    <message>
      <source>title row {number}</source>
      <translation>タイトル {number} 行目</translation>
    </message>
    <message>
      <source>the totals row</source>
      <translation>合計行</translation>
    </message>
    <message>
      <source>{where} "{cell}"</source>
      <translation>{where}「{cell}」</translation>
    </message>
    <message>
      <source>current balance ≤ original balance</source>
      <translation>現在残高 ≤ 当初残高</translation>
    </message>
    <message>
      <source>balance ÷ property value = LTV</source>
      <translation>残高 ÷ 物件価格 = LTV</translation>
    </message>
    <message>
      <source>{check}, with {label} in {unit}</source>
      <translation>{check}（{label} が{unit}の場合）</translation>
    </message>
    <message>
      <source>no word or range of its own; {label} is in {unit}</source>
      <translation>この列自体には単位の語も値の範囲の手がかりもありません。{label} は{unit}です</translation>
    </message>
    <message>
      <source>bool</source>
      <extracomment>The words the sentences name a cell's kind and a tape's rows with (schema ``kind`` and ``noun``), registered for translation.</extracomment>
      <translation>真偽値</translation>
    </message>
    <message>
      <source>category</source>
      <translation>区分</translation>
    </message>
    <message>
      <source>date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>id</source>
      <translation>番号</translation>
    </message>
    <message>
      <source>int</source>
      <translation>整数</translation>
    </message>
    <message>
      <source>money</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>month</source>
      <translation>年月</translation>
    </message>
    <message>
      <source>number</source>
      <translation>数値</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>金利</translation>
    </message>
    <message>
      <source>ratio</source>
      <translation>比率</translation>
    </message>
    <message>
      <source>text</source>
      <translation>文字列</translation>
    </message>
    <message>
      <source>loan</source>
      <translation>債権</translation>
    </message>
    <message>
      <source>receivable</source>
      <translation>買取債権</translation>
    </message>
    <message>
      <source>month row</source>
      <translation>月次実績の行</translation>
    </message>
    <message>
      <source>the totals row says {stated} for {label}; the loans add up to {actual}</source>
      <translation>合計行では {label} が {stated} ですが、債権の合計は {actual} です</translation>
    </message>
    <message>
      <source>{label}: the unit is not decided ({reasons}); choose it in the mapping dialog (command line: --unit {name}={options})</source>
      <translation>{label}：単位が決まりません（{reasons}）。列の対応付け画面で選んでください（コマンドライン：--unit {name}={options}）</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} または {second}</translation>
    </message>
    <message>
      <source>{label}: read in {unit} as chosen, against {reasons}</source>
      <translation>{label}：選択どおり {unit} で読み込みました（データの根拠とは異なります：{reasons}）</translation>
    </message>
    <message>
      <source>{label}: {value!r} is not a known code (known: {known})</source>
      <translation>{label}：{value!r} は既知のコードではありません（既知のコード：{known}）</translation>
    </message>
    <message>
      <source>{label}: cannot read {value!r} as {kind}</source>
      <translation>{label}：{value!r} を{kind}として読み取れません</translation>
    </message>
    <message>
      <source>{label}: required value is empty</source>
      <translation>{label}：必須の値が空欄です</translation>
    </message>
    <message>
      <source>no column of the tape is mapped to the required field {field}</source>
      <translation>必須項目「{field}」に対応付けられたデータの列がありません</translation>
    </message>
    <message>
      <source>{label}: balance {value} is zero or negative</source>
      <translation>{label}：残高 {value} がゼロまたはマイナスです</translation>
    </message>
    <message>
      <source>{label}: current balance {value} is above the original balance {original}</source>
      <translation>{label}：現在残高 {value} が当初残高 {original} を上回っています</translation>
    </message>
    <message>
      <source>{label}: {value} is outside the valid range {range}</source>
      <translation>{label}：{value} は有効範囲（{range}）外です</translation>
    </message>
    <message>
      <source>{label}: maturity {value} is before the origination date {origination}</source>
      <translation>{label}：最終期日 {value} が実行日 {origination} より前です</translation>
    </message>
    <message>
      <source>{label}: {noun} {value} appears {count} times (first on row {first})</source>
      <translation>{label}：{noun} {value} が {count} 回出現します（最初は {first} 行目）</translation>
    </message>
    <message>
      <source>{label}: borrower {value} has {count} loans in the pool (setoff is per borrower)</source>
      <translation>{label}：債務者 {value} はプール内に {count} 件の債権があります（相殺は債務者単位）</translation>
    </message>
    <message>
      <source>{label}: {value} is outside the usual range {range}</source>
      <translation>{label}：{value} は通常の範囲（{range}）外です</translation>
    </message>
  </context>
  <context>
    <name>TapeReport</name>
    <message>
      <source>error</source>
      <extracomment>The translation context of these commands' report, help and errors. A problem's severity as the report's first column names it.</extracomment>
      <translation>エラー</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>read and validate a loan tape without changing any case</source>
      <translation>債権データを読み込んで検証します（案件は変更しません）</translation>
    </message>
    <message>
      <source>Print how the tape was read (header, cut-off, units and their evidence), its problems (errors by row, repeated warnings on one line; --json lists every one) and the pool summary. Exit 0 without errors, 1 with errors, 2 when the file cannot be read.</source>
      <translation>債権データの読み方（見出し、基準日、単位とその根拠）、問題（エラーは行ごと、同じ種類の警告は 1 行にまとめて表示。--json ではすべて表示）、プールの概要を表示します。終了コードはエラーなしで 0、エラーありで 1、ファイルを読めないときは 2 です。</translation>
    </message>
    <message>
      <source>make a loan tape a pool of a case (rows with errors are left out)</source>
      <translation>債権データを案件のプールとして取り込みます（エラーのある行は除外）</translation>
    </message>
    <message>
      <source>Import the tape's valid rows as the case's pool, replacing its first pool or the one --replace names (its scenarios move to the new one), or beside the others with --add (scenarios keep theirs); the audit log records it and the case is saved atomically. The excluded rows stay listed in the pool's report. Exit codes as check-tape.</source>
      <translation>債権データの有効な行を案件のプールとして取り込みます。最初のプール（または --replace で指定したプール）を置き換え（そのシナリオは新しいプールに移ります）、--add を付けると他のプールと並べて追加します（シナリオはそのまま）。監査ログに記録し、案件をアトミックに保存します。除外した行はプールのレポートに一覧で残ります。終了コードは check-tape と同じです。</translation>
    </message>
    <message>
      <source>a .jcrcase file</source>
      <translation>.jcrcase ファイル</translation>
    </message>
    <message>
      <source>add the tape as another pool instead of replacing</source>
      <translation>置き換えずに別のプールとして追加します</translation>
    </message>
    <message>
      <source>name (or id) of the pool to replace (default: the first)</source>
      <translation>置き換えるプールの名前（または ID）（既定：最初のプール）</translation>
    </message>
    <message>
      <source>when the new pool is not the size the scenario's classes were sized for: keep their amounts (the difference becomes over-collateralisation) or their shares (every class resized); needs --reason</source>
      <translation>新しいプールがシナリオのクラスの前提としたプールと異なる額のとき：クラスの額を維持する（差額は超過担保になります）か、構成比を維持する（すべてのクラスの額を変更）か。--reason が必要です</translation>
    </message>
    <message>
      <source>why the classes are re-fitted so</source>
      <translation>クラスをそのように合わせ直す理由</translation>
    </message>
    <message>
      <source>loan tape: .xlsx .xlsm .xls .xlsb .ods .csv</source>
      <translation>債権データ：.xlsx .xlsm .xls .xlsb .ods .csv</translation>
    </message>
    <message>
      <source>sheet to read (default: the one that looks like loans)</source>
      <translation>読み込むシート（既定：債権明細らしいシート）</translation>
    </message>
    <message>
      <source>name of a saved column-mapping profile</source>
      <translation>保存済みの列の対応付けプロファイルの名前</translation>
    </message>
    <message>
      <source>the unit of an amount (yen, thousand_yen) or a rate (percent, fraction), e.g. current_balance=thousand_yen; wins over the tape's evidence</source>
      <translation>金額（yen、thousand_yen）または率（percent、fraction）の単位。例：current_balance=thousand_yen。データの根拠より優先します</translation>
    </message>
    <message>
      <source>the tape's cut-off date, when its title rows state none (or state another)</source>
      <translation>債権データの基準日（タイトル行に記載がないとき、または別の日付とするとき）</translation>
    </message>
    <message>
      <source>{name} is no amount or rate field (fields: {fields})</source>
      <translation>{name} は金額・率の項目ではありません（項目：{fields}）</translation>
    </message>
    <message>
      <source>the unit of {name} is {first} or {second} (got {unit})</source>
      <translation>{name} の単位は {first} または {second} です（指定：{unit}）</translation>
    </message>
    <message>
      <source>not a date YYYY-MM-DD: {text}</source>
      <translation>YYYY-MM-DD 形式の日付ではありません：{text}</translation>
    </message>
    <message>
      <source>{path}: no such case file</source>
      <translation>{path}：案件ファイルがありません</translation>
    </message>
    <message>
      <source>--add and --replace exclude each other: a tape adds or replaces a pool</source>
      <translation>--add と --replace は同時に指定できません：債権データはプールを追加するか置き換えるかのどちらかです</translation>
    </message>
    <message>
      <source>the classes of scenario {scenario} (¥{notes}) were sized for a pool of ¥{sized_for}; the new pool is ¥{pool}</source>
      <translation>シナリオ {scenario} のクラス（¥{notes}）は ¥{sized_for} のプールを前提としていますが、新しいプールは ¥{pool} です</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>{path}: {found}: choose --classes keep-amounts (the difference becomes over-collateralisation) or --classes keep-shares (every class resized), with --reason</source>
      <translation>{path}：{found}。--classes keep-amounts（差額は超過担保になります）または --classes keep-shares（すべてのクラスの額を変更）を --reason とともに指定してください</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{path}: no pool {name} to replace (its pools: {names})</source>
      <translation>{path}：置き換えるプール {name} がありません（この案件のプール：{names}）</translation>
    </message>
    <message>
      <source>cannot use {error}</source>
      <translation>使用できません：{error}</translation>
    </message>
    <message>
      <source>none saved yet</source>
      <translation>まだ保存されていません</translation>
    </message>
    <message>
      <source>no mapping profile named {name} (saved profiles: {known})</source>
      <translation>対応付けプロファイル {name} はありません（保存済みのプロファイル：{known}）</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}: {rows} rows, {importable} importable, {excluded} excluded ({errors} errors, {warnings} warnings)</source>
      <translation>{file}、シート {sheet}：{rows} 行（取込み可能 {importable} 行、除外 {excluded} 行。エラー {errors} 件、警告 {warnings} 件）</translation>
    </message>
    <message>
      <source>Imported as pool {pool} into {case}</source>
      <translation>プール {pool} として {case} に取り込みました</translation>
    </message>
    <message>
      <source>Problems (errors first; warnings of one kind on one line, --json lists every row):</source>
      <translation>問題（エラーを先に表示。同じ種類の警告は 1 行にまとめています。--json ではすべての行を表示）：</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}：{problem}</translation>
    </message>
    <message>
      <source>Figures below read undecided units provisionally; give them with --unit.</source>
      <translation>以下の数値は未決定の単位を仮に読んだものです。--unit で単位を指定してください。</translation>
    </message>
    <message>
      <source>Header: row {row}</source>
      <translation>見出し：{row} 行目</translation>
    </message>
    <message>
      <source>Header: rows {first}-{last}</source>
      <translation>見出し：{first}～{last} 行目</translation>
    </message>
    <message>
      <source>totals row {row}</source>
      <translation>合計行：{row} 行目</translation>
    </message>
    <message>
      <source>{count} footnote rows</source>
      <translation>注記行 {count} 行</translation>
    </message>
    <message>
      <source>Cut-off: {cut_off}</source>
      <translation>基準日：{cut_off}</translation>
    </message>
    <message>
      <source>Units:</source>
      <translation>単位：</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{date}, inferred</source>
      <translation>{date}（推定）</translation>
    </message>
    <message>
      <source>{amount} yen</source>
      <translation>{amount} 円</translation>
    </message>
    <message>
      <source>Summary (as of {as_of}): {loans} loans, {borrowers} borrowers, current balance {balance} yen (original {original})</source>
      <translation>概要（基準日 {as_of}）：債権 {loans} 件、債務者 {borrowers} 名、現在残高 {balance} 円（当初 {original}）</translation>
    </message>
    <message>
      <source>averages: simple / balance-weighted</source>
      <translation>平均：単純平均 / 残高加重平均</translation>
    </message>
    <message>
      <source>{name}: {missing}</source>
      <translation>{name}：{missing}</translation>
    </message>
    <message>
      <source>{title}: count, balance (yen), share of balance</source>
      <translation>{title}：件数、残高（円）、残高に占める割合</translation>
    </message>
    <message>
      <source>concentrations:</source>
      <translation>集中度：</translation>
    </message>
    <message>
      <source>{name} ({subject}): {share} of balance, Desk threshold {threshold}</source>
      <translation>{name}（{subject}）：残高の {share}、Desk 既定値のしきい値 {threshold}</translation>
    </message>
    <message>
      <source>{name} ({subject}): {share} of balance, Desk threshold {threshold} — FLAGGED</source>
      <translation>{name}（{subject}）：残高の {share}、Desk 既定値のしきい値 {threshold} — 超過</translation>
    </message>
  </context>
  <context>
    <name>TaskStatus</name>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Stop this task</source>
      <translation>この処理を中止</translation>
    </message>
  </context>
  <context>
    <name>TrancheTableModel</name>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>順位</translation>
    </message>
    <message>
      <source>Balance (¥)</source>
      <translation>残高（円）</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>構成比</translation>
    </message>
    <message>
      <source>Coupon type</source>
      <translation>利率の種類</translation>
    </message>
    <message>
      <source>Coupon</source>
      <translation>利率</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>ValueMapDialog</name>
    <message>
      <source>Map the originator's values</source>
      <translation>オリジネーター固有の値の対応付け</translation>
    </message>
    <message>
      <source>{file}: in the code columns, one value ({cells} cells) matches no known code. Choose what it means; a value left as an error keeps its loans out of the import.</source>
      <translation>{file}：区分コードの列で、1 つの値（{cells} セル）が既知のコードに該当しません。その意味を選んでください。エラーのままの値を持つ債権は取り込みません。</translation>
    </message>
    <message>
      <source>{file}: in the code columns, {values} values ({cells} cells) match no known code. Choose what each one means; a value left as an error keeps its loans out of the import.</source>
      <translation>{file}：区分コードの列で、{values} 個の値（{cells} セル）が既知のコードに該当しません。それぞれの意味を選んでください。エラーのままの値を持つ債権は取り込みません。</translation>
    </message>
    <message>
      <source>Save these in the mapping profile of {originator}</source>
      <translation>{originator} の対応付けプロファイルに保存する</translation>
    </message>
    <message>
      <source>Name the originator in the mapping step to save these for its next tape</source>
      <translation>次回のデータのために保存するには、対応付けの段階でオリジネーター名を入力してください</translation>
    </message>
    <message>
      <source>Read tape</source>
      <translation>データを読込み</translation>
    </message>
  </context>
  <context>
    <name>ValueMapModel</name>
    <message>
      <source>(leave as error)</source>
      <translation>（エラーのまま）</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Value in the tape</source>
      <translation>データ上の値</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>債権件数</translation>
    </message>
    <message>
      <source>Means</source>
      <translation>意味</translation>
    </message>
  </context>
  <context>
    <name>VintageTableModel</name>
    <message>
      <source>Vintage</source>
      <translation>ビンテージ</translation>
    </message>
    <message>
      <source>Observed
(months)</source>
      <translation>観測期間
（月）</translation>
    </message>
    <message>
      <source>Last
observed</source>
      <translation>最終
観測値</translation>
    </message>
    <message>
      <source>Lifetime
default rate</source>
      <translation>累積
デフォルト率</translation>
    </message>
    <message>
      <source>Lifetime
rate is</source>
      <translation>累積率の
根拠</translation>
    </message>
    <message>
      <source>observed</source>
      <translation>実績</translation>
    </message>
    <message>
      <source>chain ladder</source>
      <translation>チェーンラダー法</translation>
    </message>
    <message>
      <source>{vintage} is observed to month {month}; its later months are projected by development factors (chain ladder).</source>
      <extracomment>Role giving the raw number (fraction, months) or flag behind a cell, for tests and export.</extracomment>
      <translation>{vintage} は {month} か月目まで実績があり、それ以降は進展係数（チェーンラダー法）で推計しています。</translation>
    </message>
  </context>
  <context>
    <name>WorkbookActions</name>
    <message>
      <source>&amp;Export committee workbook…</source>
      <translation>格付委員会ワークブックを書き出し(&amp;E)…</translation>
    </message>
    <message>
      <source>The whole case as a formatted Excel workbook</source>
      <translation>案件全体を書式付きの Excel ワークブックとして</translation>
    </message>
    <message>
      <source>Import scenario from &amp;workbook…</source>
      <translation>ワークブックからシナリオを取込み(&amp;W)…</translation>
    </message>
    <message>
      <source>Read the Assumptions sheet of an edited committee workbook</source>
      <translation>編集した格付委員会ワークブックの前提条件シートを読込み</translation>
    </message>
    <message>
      <source>Export committee workbook…</source>
      <translation>格付委員会ワークブックを書き出し…</translation>
    </message>
    <message>
      <source>Reading the workbook</source>
      <translation>ワークブックを読込み中</translation>
    </message>
    <message>
      <source>Scenario not imported</source>
      <translation>シナリオを取り込んでいません</translation>
    </message>
    <message>
      <source>Import scenario %s from the workbook</source>
      <translation>ワークブックからシナリオ %s を取込み</translation>
    </message>
  </context>
  <context>
    <name>WorkbookExport</name>
    <message>
      <source>The case has no scenario {name} (it has none).</source>
      <extracomment>The translation context of the export's sentences (``[context.WorkbookExport]``). Field → absolute range of its values on the Loans appendix, when the export has it. Scenario-document key → absolute reference of its input cell on the Assumptions sheet.</extracomment>
      <translation>案件にシナリオ {name} がありません（シナリオはありません）。</translation>
    </message>
    <message>
      <source>The case has no scenario {name} (it has {names}).</source>
      <translation>案件にシナリオ {name} がありません（あるのは {names}）。</translation>
    </message>
    <message>
      <source>Cannot write {file}: the folder {folder} does not exist.</source>
      <translation>{file} を書き出せません：フォルダー {folder} がありません。</translation>
    </message>
    <message>
      <source>Cannot write {file}: it is a folder, not a file.</source>
      <translation>{file} を書き出せません：ファイルではなくフォルダーです。</translation>
    </message>
    <message>
      <source>Cannot write {file}: the file is open in another program (close it in Excel) or you may not write to that folder.</source>
      <translation>{file} を書き出せません：ファイルが別のプログラムで開かれている（Excel で閉じてください）か、そのフォルダーへの書込み権限がありません。</translation>
    </message>
    <message>
      <source>Cannot write {file}: the disk is full.</source>
      <translation>{file} を書き出せません：ディスクの空きがありません。</translation>
    </message>
    <message>
      <source>Cannot write {file}: the folder is read-only.</source>
      <translation>{file} を書き出せません：フォルダーが読み取り専用です。</translation>
    </message>
    <message>
      <source>Cannot write {file}: {reason}.</source>
      <translation>{file} を書き出せません：{reason}。</translation>
    </message>
  </context>
  <context>
    <name>WorkbookFiles</name>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
      <source>Export committee workbook</source>
      <translation>格付委員会ワークブックを書き出し</translation>
    </message>
    <message>
      <source>Import scenario from workbook</source>
      <translation>ワークブックからシナリオを取込み</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx *.xlsm)</source>
      <translation>Excel ワークブック (*.xlsx *.xlsm)</translation>
    </message>
    <message>
      <source>Committee workbook written</source>
      <translation>格付委員会ワークブックを書き出しました</translation>
    </message>
    <message>
      <source>Wrote %s (%d sheets).</source>
      <translation>%s を書き出しました（%d シート）。</translation>
    </message>
    <message>
      <source>%d value(s) had to be changed to fit a cell; the Cover sheet lists them.</source>
      <translation>%d 件の値をセルに収めるため変更しました。Cover シートに一覧があります。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>フォルダーを表示</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>変更はありません。</translation>
    </message>
    <message>
      <source>Scenario %s imported</source>
      <translation>シナリオ %s を取り込みました</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>New factor (leave empty for the rulebook's):</source>
      <translation>新しい係数（空欄ならルールブックの値）：</translation>
    </message>
  </context>
</TS>
