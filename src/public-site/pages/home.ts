/** 首页: search, themes for 个人 and 法人, the units, the current edition. */
import { THEME_AUDIENCE_LABELS, themesFor, type ThemeAudience } from '../../domain/portal/themes.ts';
import { chineseDate, noCatalogNotice } from '../components.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, searchForm } from '../layout.ts';
import type { EditionRow, UnitCount } from '../queries.ts';
import type { Site } from '../site.ts';

export interface HomeData {
  edition: EditionRow | null;
  units: UnitCount[];
}

/** Words people often look for, shown under the search box as ready-made searches. */
const POPULAR = ['养老保险', '居住证', '法律援助', '就业', '入学', '住房'];

function themeBlock(site: Site, audience: ThemeAudience): SafeHtml {
  const id = `themes-${audience}`;
  return html`<section class="card themes" aria-labelledby="${id}">
<h2 id="${id}">${THEME_AUDIENCE_LABELS[audience]}</h2>
<ul class="theme-grid">${themesFor(audience).map((t) => html`<li><a href="${site.href('/items', { theme: t.code })}">${t.label}</a></li>`)}</ul>
</section>`;
}

export function homePage(site: Site, data: HomeData): string {
  const e = data.edition;
  const total = data.units.reduce((n, u) => n + u.itemCount, 0);
  const body = html`<section class="hero" aria-labelledby="home-title">
<h1 id="home-title">${site.siteName}</h1>
<p class="hero-lead">查事项、看指南、找窗口：${site.regionName}各单位提供的公共服务，办什么、带什么、去哪办、多久办好，一查便知。</p>
${searchForm(site, { id: 'home-q', big: true, label: '查找办事事项' })}
<p class="popular"><span>常用搜索：</span>${POPULAR.map((w) => html`<a href="${site.href('/items', { q: w })}">${w}</a>`)}</p>
</section>
${e ? '' : noCatalogNotice(site)}
${
  e
    ? html`<section class="card edition-card" aria-labelledby="edition-now">
<h2 id="edition-now">现行目录</h2>
<p class="edition-line"><strong>第${e.number}版</strong><span>${e.docNumber}</span><span>${chineseDate(e.effectiveOn)}起施行</span></p>
<p>共 <strong>${total}</strong> 个公共服务事项，涉及 <strong>${data.units.length}</strong> 个实施单位。</p>
<p class="links-row"><a href="${site.href('/items')}">浏览全部事项</a><a href="${site.href('/editions')}">目录版本和历次调整</a><a href="${site.href('/open-data')}">开放数据下载</a></p>
</section>`
    : ''
}
<div class="two-col">
${themeBlock(site, 'personal')}
${themeBlock(site, 'business')}
</div>
${
  data.units.length > 0
    ? html`<section class="card" aria-labelledby="home-units">
<h2 id="home-units">按实施单位查找</h2>
<ul class="unit-grid">${data.units.map((u) => html`<li><a href="${site.href(`/units/${u.id}`)}"><span class="unit-name">${u.fullName}</span><span class="count">${u.itemCount}项</span></a></li>`)}</ul>
</section>`
    : ''
}`;
  return layout(site, {
    title: site.siteName,
    description: `${site.siteName}：查询${site.regionName}公共服务事项的办事指南、申报材料、办理流程、办理时限和地点。`,
    canonical: site.href('/'),
    nav: 'home',
    hideHeaderSearch: true,
    body,
  });
}
