// The names of the certificate types, in English and Chinese. Shared: the certificates screens show
// them in their language, and the core prints them (a pack's product sheets and cover, the advance
// consultation letter) — one name per type everywhere.
import type { CertificateType } from './certificates';

export const CERTIFICATE_TYPE_NAMES = {
  en: {
    doc_ce: 'EU declaration of conformity (CE)',
    doc_ukca: 'UK declaration of conformity (UKCA)',
    fcc: 'FCC',
    pse: 'PSE (Japan)',
    kc: 'KC (Korea)',
    rcm: 'RCM (Australia, New Zealand)',
    ccc: 'CCC (China)',
    cpc: 'Children’s Product Certificate (US CPC)',
    test_report: 'Test report',
    un38_3: 'UN38.3 test summary',
    sds: 'Safety data sheet (SDS)',
    health_certificate: 'Health certificate',
    certificate_of_analysis: 'Certificate of analysis',
    iso_9001: 'ISO 9001',
    business_licence: 'Business licence',
    other: 'Other certificate',
  },
  zh: {
    doc_ce: '欧盟符合性声明（CE）',
    doc_ukca: '英国符合性声明（UKCA）',
    fcc: 'FCC',
    pse: 'PSE（日本）',
    kc: 'KC（韩国）',
    rcm: 'RCM（澳大利亚、新西兰）',
    ccc: 'CCC（中国强制性认证）',
    cpc: '儿童产品证书（美国 CPC）',
    test_report: '检测报告',
    un38_3: 'UN38.3 测试摘要',
    sds: '安全数据表（SDS）',
    health_certificate: '卫生证书',
    certificate_of_analysis: '分析证书',
    iso_9001: 'ISO 9001',
    business_licence: '营业执照',
    other: '其他证书',
  },
} satisfies Record<'en' | 'zh', Record<CertificateType, string>>;
