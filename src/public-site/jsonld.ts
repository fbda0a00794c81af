/**
 * schema.org `GovernmentService` for an item page (JSON-LD in the page's head), so search engines
 * and assistants can tell what the service is, who provides it, for whom, where and how.
 */
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, type ItemDraft } from '../domain/catalog/item.ts';
import { raw, type SafeHtml } from './html.ts';

export interface GovernmentServiceInput {
  code: string;
  url: string;
  draft: ItemDraft;
  unit: { fullName: string; phone: string | null; address: string | null; url: string };
  /** 湖南省张家界市武陵源区 … the served area's name and GB/T 2260 code. */
  area: { name: string; code: string };
}

/** The JSON-LD object. */
export function governmentService(input: GovernmentServiceInput): Record<string, unknown> {
  const { draft, unit } = input;
  const g = draft.guide;
  const provider = {
    '@type': 'GovernmentOrganization',
    name: unit.fullName,
    url: unit.url,
    ...(unit.phone ? { telephone: unit.phone } : {}),
    ...(unit.address ? { address: unit.address } : {}),
  };
  const channels: Record<string, unknown>[] = [];
  for (const form of g.handlingForms) {
    const channel: Record<string, unknown> = { '@type': 'ServiceChannel', name: HANDLING_FORM_LABELS[form], availableLanguage: 'zh-CN' };
    if (form === 'window' && g.place) channel.serviceLocation = { '@type': 'Place', name: g.place, ...(g.hours ? { openingHours: g.hours } : {}) };
    if (form === 'online') channel.serviceUrl = input.url;
    if (form === 'mail' && unit.address) channel.servicePostalAddress = { '@type': 'PostalAddress', streetAddress: unit.address };
    if (unit.phone) channel.servicePhone = { '@type': 'ContactPoint', telephone: unit.phone };
    channels.push(channel);
  }
  if (g.offlineChannels) channels.push({ '@type': 'ServiceChannel', name: '线下办理渠道（窗口、电话、帮办代办）', description: g.offlineChannels, availableLanguage: 'zh-CN' });
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': input.url,
    url: input.url,
    identifier: input.code,
    name: draft.name,
    ...(draft.serviceContent ? { description: draft.serviceContent } : {}),
    serviceType: draft.category ? CATEGORY_LABELS[draft.category] : '公共服务事项',
    provider,
    serviceOperator: g.handlingAgency ? { '@type': 'GovernmentOrganization', name: g.handlingAgency } : provider,
    areaServed: { '@type': 'AdministrativeArea', name: input.area.name, identifier: input.area.code },
    audience: draft.serviceObjects.map((o) => ({ '@type': 'Audience', audienceType: o })),
    availableChannel: channels,
    ...(draft.legalBases.length > 0 ? { termsOfService: draft.legalBases.map((b) => [b.title, b.docNumber, b.article].filter(Boolean).join(' ')).join('；') } : {}),
  };
}

/** The object as a `<script type="application/ld+json">`; `<` is escaped so no text can end the script. */
export function jsonLdScript(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return raw(`<script type="application/ld+json">${json}</script>`);
}
