/**
 * The answers in Japanese (polite business style), fact for fact as in English. Official names
 * stay in Latin letters as Japanese buyers write them ("SOC 2 Type 2報告書", "ISO/IEC 27001");
 * sentences join without spaces and a period's clause comes before the report it describes.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: '報告書',
  type1: 'Type 1報告書',
  certificate: '認証書',
};

const NDA = '秘密保持契約（NDA）の締結を条件に';

export const JA: AnswerPhrases = {
  date: DATE_FORMATS.ja,
  types: { type1: 'Type 1', type2: 'Type 2' },
  sentenceGap: '',
  listGap: '、',
  ourCompany: '当社',
  report: (name) => `${name}報告書`,
  bridgeLetter: 'ブリッジレター',
  isoCertificate: 'ISO/IEC 27001認証書',

  // Clauses that come before the report's name: "…までの期間を対象とするSOC 2 Type 2報告書".
  coverAsOf: (date) => `${date}時点の統制のデザインを評価した`,
  coverRange: (start, end) => `${start}から${end}までの期間を対象とする`,
  coverEnding: (end) => `${end}に終了する期間を対象とする`,
  periodAsOf: (date) => `${date}時点`,
  periodRange: (start, end) => `${start}〜${end}`,
  periodEnding: (end) => `${end}に終了する期間`,

  viaTrustCentre: (url) => `当社トラストセンター（${url}）から`,
  viaEmail: (email) => `メール（${email}）にて`,
  or: 'または',
  download: (what, ways) => `${OBJECT[what]}は${ways}入手いただけます。`,
  sendOnRequest: (what) => `ご要望に応じて${OBJECT[what]}をお送りいたします。`,
  requestUnderNda: (what, ways) => `${OBJECT[what]}は、${NDA}、${ways}ご請求いただけます。`,
  shareUnderNda: (what) => `${OBJECT[what]}は、${NDA}、ご要望に応じて提供いたします。`,

  heldOpening: (company, name, cover) => `はい。${company}は${cover}${name}を保有しています。`,
  generalUse: '本報告書は一般利用目的の報告書であり、自由に共有いただけます。',
  auditor: (auditor) => `検証は独立監査法人である${auditor}が実施しました。`,
  type2AlsoDesign:
    'Type 2報告書は、Type 1と同様に統制のデザインを評価するとともに、対象期間を通じて統制が有効に運用されていたことも検証するものです。',
  onlyType1: (company, name, cover) =>
    `${company}が現在保有しているのは${cover || '特定時点の統制のデザインを評価した'}${name}であり、一定期間にわたる運用状況の有効性はまだ検証されていません。`,
  firstExpected: (name, date) => `当社初の${name}報告書は${date}までに取得する予定です。`,
  noneYet: (company, name) => `${company}はまだ${name}報告書を保有していません。`,
  bridgeCoversSince: (_company, from) =>
    `${from}から本日までの期間は、当社経営陣によるブリッジレターでカバーしています。`,
  nextExpected: (date) => `次回の報告書は${date}までに取得する予定です。`,

  altSoc2: (_company, name, period) =>
    `当社の${name}${period ? `（${period}）` : ''}は、顧客データのセキュリティを対象としています。`,
  altIso: (_company, until) =>
    `当社はISO/IEC 27001の認証を取得しており${until ? `（認証書の有効期限：${until}）` : ''}、情報セキュリティマネジメントシステムが対象となっています。`,

  nothing: {
    soc1: (company, name) => `${company}は現在、${name}報告書を保有していません。`,
    soc2: (company, name) => `${company}はまだ${name}報告書を保有していません。`,
    soc3: (company) =>
      `${company}はまだSOC 3報告書も、その要約元であるSOC 2報告書も保有していません。`,
    iso27001: (company) =>
      `${company}はまだISO/IEC 27001の認証を取得しておらず、SOC 2報告書も保有していません。`,
    'bridge-letter': (company) =>
      `${company}はブリッジレターを保有していません。ブリッジレターはSOC報告書を補完するものであり、当社はまだSOC報告書を保有していないためです。`,
  },
  meantime:
    'それまでの間、セキュリティ質問票には全項目にわたって回答し、貴社のご担当者様に当社の統制についてご説明いたします。',

  soc1NotApplicable: (company) =>
    `SOC 1は${company}のサービスには該当しません。SOC 1報告書は、お客様の財務報告に係る内部統制（ICFR）に関連する統制を対象とするものですが、当社のサービスはお客様の財務諸表に反映される取引やデータを処理していません。`,
  noSoc1: (company) => `${company}は現在、SOC 1報告書を保有していません。`,
  noSoc2WithIso: (company, until) =>
    `${company}はSOC 2報告書を保有していません。当社はISO/IEC 27001の認証を取得しており${until ? `（認証書の有効期限：${until}）` : ''}、情報セキュリティマネジメントシステムが対象となっています。この認証は、多くのお客様にSOC 2の代わりとして受け入れられています。`,
  noSoc2WithSoc1: (company, soc1) =>
    `${company}はSOC 2報告書を保有していません。当社の${soc1}は、お客様の財務報告に関連する統制を対象とするもので、SOC 2が扱うセキュリティの基準は対象外です。`,
  noSoc3: (company, soc2, cover) =>
    `${company}はSOC 3報告書を公開していません。SOC 3の元となる詳細な報告書である当社の${soc2}${cover ? `（${cover}もの）` : ''}を、お客様にご提供しています。`,

  isoExpired: (company, body, date) =>
    `${company}のISO/IEC 27001認証書${body ? `（認証機関：${body}）` : ''}は${date}に有効期限が切れており、現在再認証の手続き中です。`,
  isoHeld: (company, body, until) =>
    `はい。${company}はISO/IEC 27001の認証を取得しています${body ? `（認証機関：${body}）` : ''}${until ? `。認証書の有効期限は${until}です` : ''}。`,
  isoMissing: (company, soc2, period) =>
    `${company}はISO/IEC 27001の認証を取得していません。当社の${soc2}${period ? `（${period}）` : ''}は同等のセキュリティ統制を対象としており、多くのお客様にISO/IEC 27001認証の代わりとして受け入れられています。`,

  bridgeHeld: (company, since) =>
    `はい。${company}は経営陣によるブリッジレターを用意しており、${
      since
        ? `当社の${since.name}の${since.asOf ? '基準日' : '対象期間'}の後、${since.from}から本日までの期間`
        : '直近のSOC報告書の対象期間以降の期間'
    }をカバーしています。`,
  bridgeMissing: (company, latest) =>
    `${company}は現時点でブリッジレターを保有していません。${
      latest
        ? `当社の${latest.name}は${latest.asOf ? `${latest.date}時点のものです` : `${latest.date}に終了した期間を対象としています`}。`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `はい。当社の${name}報告書（対象期間：[期間開始日]〜[期間終了日]）は、${NDA}、ご要望に応じて提供いたします。`,
      attach: `${name}報告書`,
    }),
    soc1: () => ({
      text: `SOC 1は当社のサービスには該当しません。SOC 1はお客様の財務報告に係る内部統制（ICFR）に関連する統制を対象とするものであり、当社のサービスはこれに影響しません。顧客データのセキュリティを対象とする当社のSOC 2報告書は、${NDA}、ご要望に応じて提供いたします。`,
      attach: 'SOC 2報告書',
    }),
    soc3: () => ({
      text: '当社のSOC 3報告書は一般利用目的の報告書です。[トラストセンターのリンク]から自由にダウンロードし、共有いただけます。',
      attach: 'SOC 3報告書',
    }),
    iso27001: () => ({
      text: 'はい。当社はISO/IEC 27001の認証を取得しています。有効期限が[有効期限]の認証書を添付いたします。',
      attach: 'ISO/IEC 27001認証書',
    }),
    'bridge-letter': () => ({
      text: 'はい。直近のSOC報告書の対象期間終了日から本日までの期間は、当社経営陣によるブリッジレターでカバーしています。',
      attach: 'ブリッジレター',
    }),
  },
};
