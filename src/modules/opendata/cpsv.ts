/**
 * The catalog as JSON-LD following the EU Core Public Service Vocabulary Application Profile
 * (CPSV-AP 3): a `dcat:Dataset` (the edition) whose parts are `cpsv:PublicService` nodes, one per
 * item, with competent authority, legal resources, requirement, evidence (materials), cost,
 * channels, processing time, output and contact point. The context is inline (prefixes only), so
 * the document expands without fetching anything.
 */
import { Readable } from 'node:stream';
import type { Db } from '../../db/client.ts';
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type HandlingForm, type ItemDraft, type Material, type TimeLimit } from '../../domain/catalog/item.ts';
import { phonesOf } from './columns.ts';
import { editionItemBatches, type ExportEdition, type ExportItem } from './queries.ts';

export const CPSV_CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  eli: 'http://data.europa.eu/eli/ontology#',
  locn: 'http://www.w3.org/ns/locn#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  time: 'http://www.w3.org/2006/time#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const CNY = 'http://publications.europa.eu/resource/authority/currency/CNY';

type Node = Record<string, unknown>;

/** A Chinese literal. */
const zh = (value: string) => ({ '@value': value, '@language': 'zh' });

const concept = (label: string): Node => ({ '@type': 'skos:Concept', 'skos:prefLabel': zh(label) });

/**
 * 办理时限 as an ISO 8601 duration: 20个工作日 → P20D, 即办 → P0D. The days of `P20D` are working
 * days when the limit is in working days (the note on each service says which).
 */
export function isoDuration(limit: TimeLimit | null): string | null {
  if (!limit) return null;
  if (limit.unit === 'immediate' || limit.value === 0) return 'P0D';
  return limit.value === null ? null : `P${limit.value}D`;
}

function processingTime(draft: ItemDraft): { duration: string; note: string } | null {
  const limit = draft.guide.committedLimit ?? draft.guide.legalLimit;
  const duration = isoDuration(limit);
  if (!limit || !duration) return null;
  const which = draft.guide.committedLimit ? '承诺办结时限' : '法定办结时限';
  if (duration === 'P0D') return { duration, note: `${which}：即办（当场办结）` };
  const unit = limit.unit === 'working_day' ? '工作日' : '自然日';
  return { duration, note: `${which}：${limit.value}个${unit}（cv:processingTime 中的天数为${unit}）` };
}

const MEDIA: Record<Material['media'], string> = { paper: '纸质', electronic: '电子', either: '纸质或电子' };

function materialDescription(m: Material): string {
  const parts = [m.source?.trim() || null, m.originalCount > 0 ? `原件${m.originalCount}份` : null, m.copyCount > 0 ? `复印件${m.copyCount}份` : null, MEDIA[m.media]];
  parts.push(m.requirement === 'required' ? '必要' : `按情形提交${m.condition?.trim() ? `：${m.condition.trim()}` : ''}`);
  if (m.notes?.trim()) parts.push(m.notes.trim());
  return parts.filter(Boolean).join('；');
}

function channel(item: ExportItem, form: HandlingForm): Node {
  const g = item.draft.guide;
  const node: Node = { '@type': 'cv:Channel', 'dct:identifier': `${item.code}-${form}`, 'dct:type': concept(HANDLING_FORM_LABELS[form]) };
  if (form === 'window') {
    if (g.place?.trim()) {
      node['dct:description'] = zh(`办理地点：${g.place.trim()}`);
      node['locn:address'] = { '@type': 'locn:Address', 'locn:fullAddress': zh(g.place.trim()) };
    }
    if (g.hours?.trim()) node['cv:openingHours'] = { '@type': 'time:TemporalEntity', 'dct:description': zh(g.hours.trim()) };
  } else if (form === 'online') {
    node['dct:description'] = zh(g.onlineDepth ? `网办深度：${ONLINE_DEPTH_LABELS[g.onlineDepth]}` : '网上办理');
  } else {
    node['dct:description'] = zh('申请材料可邮寄至办理地点，结果可邮寄送达');
  }
  return node;
}

function location(edition: ExportEdition): Node {
  return { '@type': 'dct:Location', 'dct:identifier': edition.regionCode, 'skos:prefLabel': zh(edition.regionName) };
}

/** One item as a `cpsv:PublicService` node; `origin` makes the node and unit IRIs absolute. */
export function publicServiceNode(item: ExportItem, edition: ExportEdition, origin: string): Node {
  const { draft } = item;
  const g = draft.guide;
  const page = `${origin}/items/${encodeURIComponent(item.code)}`;
  const node: Node = {
    '@id': page,
    '@type': 'cpsv:PublicService',
    'dct:identifier': item.code,
    'dct:title': zh(draft.name),
    'dct:description': zh(draft.serviceContent?.trim() || draft.name),
    'schema:url': { '@id': page },
    'dct:spatial': location(edition),
    'cv:hasCompetentAuthority': {
      '@id': `${origin}/units/${item.unit.id}`,
      '@type': 'cv:PublicOrganisation',
      'dct:identifier': item.unit.creditCode ?? item.unit.id,
      'skos:prefLabel': zh(item.unit.fullName),
      'dct:spatial': location(edition),
    },
  };
  if (draft.category) node['cv:isClassifiedBy'] = concept(CATEGORY_LABELS[draft.category]);
  if (draft.serviceObjects.length > 0) node['dct:audience'] = draft.serviceObjects.map(concept);
  if (draft.coImplementingUnits.length > 0) {
    node['cv:hasParticipation'] = draft.coImplementingUnits.map((name) => ({ '@type': 'cv:Participation', 'cv:role': concept('共同实施单位'), 'dct:description': zh(name) }));
  }
  if (draft.legalBases.length > 0) {
    node['cv:hasLegalResource'] = draft.legalBases.map((b) => {
      const resource: Node = { '@type': 'eli:LegalResource', 'dct:title': zh(b.title.trim()) };
      if (b.docNumber?.trim()) resource['eli:id_local'] = b.docNumber.trim();
      if (b.kind) resource['dct:type'] = concept(b.kind);
      if (b.article?.trim() || b.articleText?.trim()) {
        const part: Node = { '@type': 'eli:LegalResourceSubdivision' };
        if (b.article?.trim()) part['dct:title'] = zh(b.article.trim());
        if (b.articleText?.trim()) part['dct:description'] = zh(b.articleText.trim());
        resource['eli:has_part'] = part;
      }
      return resource;
    });
  } else if (draft.noBasisReason?.trim()) {
    node['skos:note'] = [zh(`无文件依据：${draft.noBasisReason.trim()}`)];
  }
  if (g.applicationConditions?.trim()) {
    node['cv:holdsRequirement'] = { '@type': 'cv:Requirement', 'dct:identifier': `${item.code}-conditions`, 'dct:title': zh('申请条件'), 'dct:description': zh(g.applicationConditions.trim()) };
  }
  if (draft.materials.length > 0) {
    node['cpsv:hasInput'] = draft.materials.map((m, i) => ({ '@type': 'cv:Evidence', 'dct:identifier': `${item.code}-M${i + 1}`, 'dct:title': zh(m.name), 'dct:description': zh(materialDescription(m)) }));
  }
  if (g.fee) {
    const cost: Node = { '@type': 'cv:Cost', 'dct:identifier': `${item.code}-cost`, 'cv:currency': { '@id': CNY } };
    if (g.fee.isFree) {
      cost['cv:hasValue'] = { '@value': '0', '@type': 'xsd:double' };
      cost['dct:description'] = zh('不收费');
    } else {
      cost['dct:description'] = zh([g.fee.standard?.trim() && `收费标准：${g.fee.standard.trim()}`, g.fee.basis?.trim() && `收费依据：${g.fee.basis.trim()}`].filter(Boolean).join('；') || '收费');
    }
    node['cv:hasCost'] = cost;
  }
  if (g.handlingForms.length > 0) node['cv:hasChannel'] = g.handlingForms.map((f) => channel(item, f));
  const time = processingTime(draft);
  if (time) {
    node['cv:processingTime'] = { '@value': time.duration, '@type': 'xsd:duration' };
    node['skos:note'] = [...((node['skos:note'] as unknown[]) ?? []), zh(time.note)];
  }
  if (g.resultName?.trim()) node['cpsv:produces'] = { '@type': 'cv:Output', 'dct:title': zh(g.resultName.trim()) };
  const phones = phonesOf(item);
  if (g.consultation?.trim() || phones.length > 0) {
    const contact: Node = { '@type': 'cv:ContactPoint' };
    if (phones.length > 0) contact['cv:telephone'] = phones;
    if (g.consultation?.trim()) contact['dct:description'] = zh(g.consultation.trim());
    if (g.hours?.trim()) contact['cv:openingHours'] = { '@type': 'time:TemporalEntity', 'dct:description': zh(g.hours.trim()) };
    node['cv:contactPoint'] = contact;
  }
  return node;
}

/** The edition as a `dcat:Dataset`, without its parts. */
export function datasetNode(edition: ExportEdition, origin: string): Node {
  return {
    '@context': CPSV_CONTEXT,
    '@id': `${origin}/api/v1/open-data/catalog.jsonld?edition=${edition.number}&region=${edition.regionCode}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': edition.docNumber,
    'dct:title': zh(`${edition.title}（第${edition.number}版）`),
    'dct:description': zh(`${edition.regionName}公共服务事项目录第${edition.number}版，${edition.docNumber}发布，${edition.effectiveOn}起生效，共${edition.itemCount}项。`),
    'dct:issued': { '@value': edition.publishedOn, '@type': 'xsd:date' },
    'dct:spatial': location(edition),
    'dct:rights': zh('依据《中华人民共和国政府信息公开条例》主动公开，可自由使用，请注明来源'),
    'dcat:landingPage': { '@id': `${origin}/open-data` },
  };
}

/** The whole document as a stream: the dataset, then its services in `dct:hasPart`, batch by batch. */
export function catalogJsonLd(db: Db, edition: ExportEdition, origin: string): Readable {
  async function* chunks(): AsyncGenerator<string> {
    const head = JSON.stringify(datasetNode(edition, origin));
    yield `${head.slice(0, -1)},"dct:hasPart":[`;
    let first = true;
    for await (const batch of editionItemBatches(db, edition)) {
      const parts = batch.map((item) => JSON.stringify(publicServiceNode(item, edition, origin)));
      yield (first ? '' : ',') + parts.join(',');
      first = false;
    }
    yield ']}';
  }
  return Readable.from(chunks(), { objectMode: false });
}
