/**
 * The cheat-sheet in Japanese: the facts of knowledge.ts, row by row, in Japanese words. Report and
 * standard names stay as the auditors write them (SOC 2, Type 1/Type 2, SSAE 18, AT-C 320,
 * ISO/IEC 27001), joined to Japanese without spaces as in the suggested answers ("SOC 2報告書").
 *
 * Polite business style (です/ます) in sentences, short noun phrases in table cells; the reader is
 * the vendor, addressed as 貴社. Terms are the ones Japanese audit and vendor-security work uses:
 * 監査法人 for the CPA firm, 保証報告書 for an attestation report, ISMS認証 for ISO/IEC 27001
 * certification, トラストサービス規準 and 処理のインテグリティ as in the Japanese translation of the
 * Trust Services Criteria, 往査 for fieldwork, 証跡 for evidence, 委託先評価 for a vendor review.
 *
 * Every digit is ASCII and every sentence states exactly the numbers its English twin states, so
 * counts the English spells out in words stay words here (別々, 同じ); a month ("5月") is the one
 * number the test lets through, since English names it.
 */

import type { Knowledge } from './knowledge';

const CPA_FIRM = '資格を持つ監査法人（CPA firm）。';
const ASK_THE_BUYER = '多くの場合は認められますが、必ずではありません。顧客に確認してください。';

export const KNOWLEDGE_JA: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1とSOC 2の比較',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: '報告の対象',
        cells: [
          '顧客の財務報告に係る内部統制（ICFR）に関連する統制。',
          'セキュリティ、可用性、処理のインテグリティ、機密保持、プライバシーに関する統制（AICPAのトラストサービス規準）。',
        ],
      },
      {
        id: 'one-line',
        aspect: 'ひと言で',
        cells: [
          'お金：貴社のサービスが原因で、顧客の財務諸表が誤ることはないか。',
          'データ：貴社のサービスが原因で、顧客データの漏えい、紛失、不適切な取り扱いが起きないか。',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: '必要な企業',
        cells: [
          'お金の流れに関わるベンダー：給与計算、請求・決済、ローン管理、保険金請求処理、ファンド管理事務。',
          'SaaS、クラウド、マネージドサービス事業者、データ処理事業者など、顧客データを扱うほぼすべてのITベンダー。',
        ],
      },
      {
        id: 'who-asks',
        aspect: '求める部門',
        cells: [
          '顧客の外部監査人、CFO、経理部門。',
          '委託先リスク評価を行う、顧客のセキュリティ、IT、調達部門。',
        ],
      },
      {
        id: 'standard',
        aspect: '基準',
        cells: [
          'AT-C 320（SSAE 18）。統制目標は貴社が設定します。',
          'AT-C 105と205（SSAE 18）。トラストサービス規準に照らして評価します。',
        ],
      },
      {
        id: 'performed-by',
        aspect: '実施者',
        cells: [CPA_FIRM, CPA_FIRM],
      },
      {
        id: 'types',
        aspect: 'Type 1とType 2',
        cells: [
          '両方あります。Type 1：特定時点の統制のデザイン。Type 2：一定期間（通常3〜12か月）のデザインと運用状況の有効性。',
          '同じ種類があり、意味も同じです。',
        ],
      },
      {
        id: 'distribution',
        aspect: '閲覧できる人',
        cells: [
          '利用制限付き：NDAを締結したうえで、顧客とその監査人に提供。',
          '利用制限付き：委託先評価の際に、NDAを締結したうえで提供。',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'SaaS企業に必要か',
        cells: [
          'いいえ。貴社のサービスが顧客の財務報告に関わる場合のみ必要です。',
          'はい。セキュリティ審査で求められるのはこちらです。',
        ],
      },
    ],
  },

  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Type 1とType 2の比較',
    columns: ['Type 1', 'Type 2'],
    rows: [
      {
        id: 'tests',
        aspect: '監査の確認内容',
        cells: [
          'ある日付時点で、統制が適切にデザインされていること。',
          '一定期間にわたり、統制が適切にデザインされ、実際に機能していたこと。',
        ],
      },
      {
        id: 'period',
        aspect: '対象期間',
        cells: ['特定の一時点。', '一定期間（通常3〜12か月）。'],
      },
      {
        id: 'speed',
        aspect: '入手までの期間',
        cells: [
          '統制が整っていれば、すぐに取得できます。',
          '対象期間が終わり、さらに監査を終えてからです。',
        ],
      },
      {
        id: 'buyers',
        aspect: '顧客の見方',
        cells: [
          '多くの商談を前に進められる、良い第一歩。次への足がかりです。',
          '多くのセキュリティ部門が期待する報告書で、契約更新時にも求められます。',
        ],
      },
      {
        id: 'when',
        aspect: '選ぶべきとき',
        cells: [
          '今、商談がセキュリティ審査で止まっている：まずType 1を早く取得し、Type 2の対象期間を始めます。',
          'できるだけ早く：長く通用するのはこちらの報告書です。',
        ],
      },
    ],
  },

  soc2VsIso27001: {
    id: 'soc2-vs-iso27001',
    title: 'SOC 2とISO 27001の比較',
    columns: ['SOC 2', 'ISO/IEC 27001'],
    rows: [
      {
        id: 'what',
        aspect: 'どんなものか',
        cells: [
          '保証報告書：監査法人が貴社の統制について意見を表明します。',
          '貴社の情報セキュリティマネジメントシステム（ISMS）の認証。いわゆるISMS認証です。',
        ],
      },
      {
        id: 'by-whom',
        aspect: '発行者',
        cells: ['資格を持つ監査法人。', '認定を受けた認証機関。'],
      },
      {
        id: 'what-you-get',
        aspect: '提出するもの',
        cells: [
          '監査人のテスト内容と結果を記載した詳細な報告書（NDAが前提）。',
          '誰でも見られる認証書。適用宣言書（SoA）を添えることもよくあります。',
        ],
      },
      {
        id: 'criteria',
        aspect: '評価の基準',
        cells: ['AICPAのトラストサービス規準。', 'ISO/IEC 27001の要求事項と附属書Aの管理策。'],
      },
      {
        id: 'where',
        aspect: '主に求める顧客',
        cells: ['米国とカナダの顧客。', '欧州をはじめ、世界各地の顧客。'],
      },
      {
        id: 'accepted',
        aspect: '代わりになるか',
        cells: [ASK_THE_BUYER, ASK_THE_BUYER],
      },
    ],
  },

  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'SOC 2を短くまとめた一般利用目的の報告書です。テストの詳細を含まないため、一般に公開できます。',
        'ウェブサイトへの掲載や最初の確認には十分ですが、本格的なセキュリティ審査を行う顧客はSOC 2そのものを求めます。',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'ブリッジレター（ギャップレター）',
      points: [
        '報告書の対象期間の終了日から本日までの空白期間を埋める書簡です。作成するのは監査人ではなく、貴社の経営者です。',
        '対象期間の終了後、統制に重要な変更がないことを表明します。',
        '対象期間の終了から数か月たっている場合は、報告書に添えて送付します。',
      ],
    },
  ],

  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning: '2011年まで使われていた旧基準です。SSAE 16、次いでSSAE 18に置き換えられました。',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        '2011年にSAS 70に代わった基準です。2017年5月以降の日付の報告書からは、SSAE 18に置き換えられています。',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'SOC 1とSOC 2の両方の根拠となる現行基準です。そのため「SSAE 18報告書」だけではどちらか決まりません。文脈で判断してください（財務報告に関わるならSOC 1、それ以外はSOC 2）。',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'SOC 1に相当する国際基準です。',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning:
        'より広い範囲を扱う国際的な保証業務の基準で、SOC 2と同じように使われることがよくあります。',
    },
    {
      id: 'at-c',
      name: 'AT-C 320、AT-C 105・205',
      meaning: 'SSAE 18のセクションです。AT-C 320がSOC 1、AT-C 105と205の組み合わせがSOC 2です。',
    },
    {
      id: 'other-soc',
      name: '報告書ではない「SOC」',
      meaning:
        'セキュリティオペレーションセンター（Security Operations Center）、システムオンチップ（System on Chip）、米国の標準職業分類（Standard Occupational Classification）も、略すとSOCです。いずれも報告書の依頼ではありません。',
    },
  ],

  faq: [
    {
      id: 'difference',
      question: 'SOC 1とSOC 2の違いは何ですか？',
      answer:
        'SOC 1はお金に関する報告書で、顧客の財務諸表に影響しうる統制を対象とします。SOC 2はデータに関する報告書で、セキュリティ、可用性、処理のインテグリティ、機密保持、プライバシーを対象とします。どちらもSSAE 18に基づいて監査法人が作成する報告書です。',
    },
    {
      id: 'which-do-i-need',
      question: 'どちらが必要ですか？',
      answer:
        '顧客データを扱うSaaSやITベンダーなら、SOC 2です。SOC 1は、貴社のサービスが顧客の財務報告（給与計算、請求、決済、ローン管理、保険金請求、ファンド管理事務）に関わり、かつ顧客から求められた場合にだけ追加します。迷ったら、顧客のセキュリティ部門または調達部門に確認してください。',
    },
    {
      id: 'unnumbered',
      question: '質問票に「SOC報告書」としか書かれていません。どれのことですか？',
      answer:
        'セキュリティや調達の質問票なら、SOC 2です。SOC 1を指すのは、質問やそのセクションが財務報告を示している場合だけです（ICFR、SOX、財務諸表、外部監査人、経理部門）。',
    },
    {
      id: 'is-soc2-harder',
      question: 'SOC 2はSOC 1より難しいですか？',
      answer:
        '難しいのではなく、別物です。SOC 2は、決められた規準に照らして、システム全体のセキュリティを対象とします。SOC 1は、貴社が設定した統制目標に照らして、財務報告に関わるプロセスを対象とします。工数は番号よりも、範囲とType 1かType 2かで決まります。',
    },
    {
      id: 'one-audit-both',
      question: '一度の監査で両方をカバーできますか？',
      answer:
        '報告書は別々になりますが、同じ監査法人が一度の往査で、証跡を共用して両方を実施できます。決済や給与計算のプラットフォームは、実際によくそうしています。',
    },
    {
      id: 'which-first',
      question: 'どちらを先に取得すべきですか？',
      answer:
        '売上がかかっている方です。ほとんどのSaaS企業ではSOC 2です。今まさに商談がセキュリティ審査で止まっているなら、まずType 1を早く取得して商談を進め、その後Type 2を取得します。',
    },
    {
      id: 'iso-instead',
      question: 'SOC 2の代わりにISO 27001（ISMS認証）を提出できますか？',
      answer:
        '多くの場合はできます。両者は別物です（ISMSの認証と、統制に関する保証報告書）が、多くの顧客はどちらでも受け入れます。思い込まずに、事前に確認してください。',
    },
    {
      id: 'old-report',
      question: '報告書の対象期間が数か月前に終わっています。何を送ればよいですか？',
      answer:
        '報告書と、対象期間の終了後に重要な変更がないことを貴社の経営者が表明するブリッジレターを送ります。',
    },
  ],

  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: '貴社のサービスは、顧客の財務報告に関わりますか？',
        options: [
          { value: 'yes', label: 'はい（給与計算、請求、決済、保険金請求、ファンド管理など）' },
          { value: 'no', label: 'いいえ' },
          { value: 'unsure', label: 'はっきりしない' },
        ],
      },
      {
        id: 'asker',
        question: '報告書を求めているのは誰ですか？',
        options: [
          { value: 'security', label: '顧客のセキュリティ、IT、調達部門' },
          { value: 'finance', label: '顧客の監査人、経理部門、CFO' },
          { value: 'both', label: '両方' },
          { value: 'unknown', label: 'わからない' },
        ],
      },
      {
        id: 'dealsStalled',
        question: '今、報告書を待って止まっている商談がありますか？',
        options: [
          { value: 'yes', label: 'はい' },
          { value: 'no', label: 'いいえ' },
        ],
      },
    ],
    headlines: {
      soc2: 'SOC 2の取得をおすすめします',
      soc1: 'SOC 1の取得をおすすめします',
      both: 'SOC 1とSOC 2の両方の取得をおすすめします',
      'ask-buyer': 'まず顧客に確認してください',
    },
    reasons: {
      'finance-without-financial-reporting':
        '顧客の監査人や経理部門は通常SOC 1を求めますが、貴社のサービスは顧客の財務報告に関わらないため、SOC 1で報告できることはほとんどありません。',
      'offer-soc2-to-finance':
        'その旨を伝えてSOC 2を提示し、それで要件を満たせるか確認してください。',
      'data-without-financial-reporting':
        '顧客データは扱うものの、顧客の財務報告には関わらないため、貴社に合うのはSOC 2です。',
      'unnamed-means-soc2':
        'セキュリティ質問票で番号のない「SOC報告書」とあれば、SOC 2のことです。',
      'security-asks-soc2': 'セキュリティ、IT、調達部門は、委託先評価でSOC 2を求めます。',
      'explain-outside-financial-reporting':
        '顧客の監査人がSOC 1にこだわる場合は、貴社のサービスが顧客の財務報告の範囲外であることを説明してください。',
      'financial-reporting-and-finance':
        '貴社のサービスは顧客の財務報告に関わり、顧客の監査人や経理部門が求めています。これはSOC 1です。',
      'soc2-later':
        '後からセキュリティ部門がSOC 2を求めることも想定してください。同じ監査法人が追加で対応できます。',
      'security-waits-on-soc2':
        '今依頼しているセキュリティ部門はSOC 2を待っています。売上がかかっているので、こちらを優先してください。',
      'auditors-will-ask-soc1':
        '貴社は顧客の財務報告に関わるため、顧客の監査人からSOC 1も求められます。',
      'one-firm-one-window': '同じ監査法人、一度の往査、共通の証跡で対応できます。',
      'money-flow-needs-both':
        'お金の流れに関わるプラットフォーム（決済、給与計算、請求）は、両方が必要になることがよくあります。',
      'one-firm-both': '同じ監査法人が、一度の往査で証跡を共用して両方を実施できます。',
      'ask-which-first': 'どちらが先に必要か顧客に確認し、その報告書を優先してください。',
      'lead-with-revenue': '売上がかかっている報告書を優先してください。',
      'security-whatever-else':
        'ほかに何を取得するにしても、セキュリティ、IT、調達部門は委託先評価でSOC 2を求めます。',
      'add-soc1-later':
        '後になって顧客から、貴社のサービスが財務諸表に影響すると言われたら、その時点でSOC 1を追加してください。',
      'unsure-decides':
        '貴社が顧客の財務報告に関わるかどうかがはっきりしていません。それがSOC 1かSOC 2かを決めます。',
      'ask-buyer-which':
        '必要な報告書とその理由を、顧客のセキュリティ部門または調達部門に確認してください。',
    },
    typeAdvice: {
      yes: '商談が止まっているので、まずType 1を早く取得して商談を進め、同時にType 2の対象期間を開始してください。',
      no: '待っている商談はないので、顧客が期待するType 2を最初から目指してください。',
    },
  },
};
