import type { FastifyRequest } from 'fastify';
import type { Invocation } from '../../kernel/index.js';
import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import type { CalculateService } from './calculate.js';
import { bodyPaths } from './errors.js';
import { gstinInfo } from './gstin-info.js';
import { customHsnView, hsnView, type HsnService } from './hsn.js';
import { exemptionView, groupView, rateView, type TaxRatesService } from './rates.js';
import * as s from './schemas.js';
import { deductionView, type TdsService } from './tds-service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

export interface TaxServices {
  hsn: HsnService;
  rates: TaxRatesService;
  tds: TdsService;
  calculate: CalculateService;
  /** The tenant's country (for seeding defaults without a body). */
  countryOf(tenantId: string): Promise<string>;
}

const tags = (tag: string) => [tag];

export function taxRoutes(app: KontorApp, svc: TaxServices): void {
  // ---------- GSTIN ----------
  app.get(
    '/api/v1/tax/gstin/:gstin',
    {
      config: { authenticated: true },
      schema: { tags: tags('tax'), summary: 'Check a GSTIN: format, state code, PAN, entity type and mod-36 check character', params: s.gstinParams, response: { 200: s.gstinResponse } },
    },
    async (request) => gstinInfo(request.params.gstin),
  );

  // ---------- HSN/SAC ----------
  app.get(
    '/api/v1/tax/hsn-codes',
    {
      config: { permission: 'tax.hsn.read' },
      schema: {
        tags: tags('tax'),
        summary: 'Search HSN/SAC codes: a code prefix lists codes under it, words match descriptions (best first); rates in force on `date`',
        querystring: s.hsnSearchQuery,
        response: { 200: s.pageOfHsn },
      },
    },
    async (request) => {
      const page = await svc.hsn.search(requireTenant(request), request.query);
      return { items: page.items.map(hsnView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/tax/hsn-codes/:code',
    { config: { permission: 'tax.hsn.read' }, schema: { tags: tags('tax'), summary: 'One HSN/SAC code with its rate history', params: s.hsnCodeParams, querystring: s.dateQuery, response: { 200: s.hsnDetailResponse } } },
    async (request) => svc.hsn.get(requireTenant(request), request.params.code, request.query.date),
  );

  app.post(
    '/api/v1/tax/hsn-codes',
    {
      config: { permission: 'tax.hsn.manage' },
      schema: { tags: tags('tax'), summary: 'Add a tenant HSN/SAC code, or the tenant’s own rate for a published code, from a date', body: s.createHsnBody, response: { 201: s.customHsnResponse } },
    },
    async (request, reply) => {
      const row = await svc.hsn.create(invocation(request), request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/tax/custom-hsn-codes/${row.id}`);
      return reply.code(201).send(customHsnView(row));
    },
  );

  app.get(
    '/api/v1/tax/custom-hsn-codes/:id',
    { config: { permission: 'tax.hsn.read' }, schema: { tags: tags('tax'), summary: 'A tenant HSN/SAC code', params: s.idParams, response: { 200: s.customHsnResponse } } },
    async (request, reply) => {
      const row = await svc.hsn.getCustom(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return customHsnView(row);
    },
  );

  app.put(
    '/api/v1/tax/custom-hsn-codes/:id',
    { config: { permission: 'tax.hsn.manage' }, schema: { tags: tags('tax'), summary: 'Change a tenant HSN/SAC code (If-Match)', params: s.idParams, body: s.updateHsnBody, response: { 200: s.customHsnResponse } } },
    async (request, reply) => {
      const inv = invocation(request);
      const row = await svc.hsn.update(inv, request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, row.version);
      return customHsnView(row);
    },
  );

  app.delete(
    '/api/v1/tax/custom-hsn-codes/:id',
    { config: { permission: 'tax.hsn.manage' }, schema: { tags: tags('tax'), summary: 'Delete a tenant HSN/SAC code (the published rate applies again)', params: s.idParams } },
    async (request, reply) => {
      await svc.hsn.delete(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // ---------- rates ----------
  app.get(
    '/api/v1/tax/rates',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'Tax rates (VAT, sales tax, retentions), oldest first', querystring: s.listRatesQuery, response: { 200: s.pageOfRates } } },
    async (request) => {
      const page = await svc.rates.listRates(requireTenant(request), request.query);
      return { items: page.items.map(rateView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tax/rates',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Add a tax rate', body: s.createRateBody, response: { 201: s.rateResponse } } },
    async (request, reply) => {
      const row = await svc.rates.createRate(invocation(request), request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/tax/rates/${row.id}`);
      return reply.code(201).send(rateView(row));
    },
  );

  app.post(
    '/api/v1/tax/rates/defaults',
    {
      config: { permission: 'tax.rates.manage' },
      schema: {
        tags: tags('tax'),
        summary: "Add a country's default rates and groups (IN, DE, GB, US, MX; default: the tenant's country); existing codes are kept",
        body: s.seedDefaultsBody,
        response: { 200: s.seedDefaultsResponse },
      },
    },
    async (request) => {
      const inv = invocation(request);
      return svc.rates.seedDefaults(inv, request.body.country ?? (await svc.countryOf(inv.tenantId)));
    },
  );

  app.get(
    '/api/v1/tax/rates/:id',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'A tax rate', params: s.idParams, response: { 200: s.rateResponse } } },
    async (request, reply) => {
      const row = await svc.rates.getRate(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return rateView(row);
    },
  );

  app.put(
    '/api/v1/tax/rates/:id',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Change or archive a tax rate (If-Match)', params: s.idParams, body: s.updateRateBody, response: { 200: s.rateResponse } } },
    async (request, reply) => {
      const inv = invocation(request);
      const row = await svc.rates.updateRate(inv, request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, row.version);
      return rateView(row);
    },
  );

  app.delete(
    '/api/v1/tax/rates/:id',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Delete a tax rate no group uses', params: s.idParams } },
    async (request, reply) => {
      await svc.rates.deleteRate(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // ---------- groups ----------
  app.get(
    '/api/v1/tax/groups',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'Tax groups with their ordered components', querystring: s.pageQueryOnly, response: { 200: s.pageOfGroups } } },
    async (request) => {
      const page = await svc.rates.listGroups(requireTenant(request), request.query);
      return { items: page.items.map(groupView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tax/groups',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Add a tax group: rates applied in order', body: s.createGroupBody, response: { 201: s.groupResponse } } },
    async (request, reply) => {
      const row = await svc.rates.createGroup(invocation(request), request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/tax/groups/${row.id}`);
      return reply.code(201).send(groupView(row));
    },
  );

  app.get(
    '/api/v1/tax/groups/:id',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'A tax group', params: s.idParams, response: { 200: s.groupResponse } } },
    async (request, reply) => {
      const row = await svc.rates.getGroup(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return groupView(row);
    },
  );

  app.put(
    '/api/v1/tax/groups/:id',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Rename a tax group or replace its components (If-Match)', params: s.idParams, body: s.updateGroupBody, response: { 200: s.groupResponse } } },
    async (request, reply) => {
      const inv = invocation(request);
      const row = await svc.rates.updateGroup(inv, request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, row.version);
      return groupView(row);
    },
  );

  app.delete(
    '/api/v1/tax/groups/:id',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Delete a tax group', params: s.idParams } },
    async (request, reply) => {
      await svc.rates.deleteGroup(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // ---------- exemptions ----------
  app.get(
    '/api/v1/tax/exemptions',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'Tax exemptions of parties and categories', querystring: s.listExemptionsQuery, response: { 200: s.pageOfExemptions } } },
    async (request) => {
      const page = await svc.rates.listExemptions(requireTenant(request), request.query);
      return { items: page.items.map(exemptionView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tax/exemptions',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Exempt a party, a category, or a category for one party', body: s.createExemptionBody, response: { 201: s.exemptionResponse } } },
    async (request, reply) => {
      const row = await svc.rates.createExemption(invocation(request), request.body);
      reply.header('location', `/api/v1/tax/exemptions/${row.id}`);
      return reply.code(201).send(exemptionView(row));
    },
  );

  app.get(
    '/api/v1/tax/exemptions/:id',
    { config: { permission: 'tax.rates.read' }, schema: { tags: tags('tax'), summary: 'A tax exemption', params: s.idParams, response: { 200: s.exemptionResponse } } },
    async (request) => exemptionView(await svc.rates.getExemption(requireTenant(request), request.params.id)),
  );

  app.delete(
    '/api/v1/tax/exemptions/:id',
    { config: { permission: 'tax.rates.manage' }, schema: { tags: tags('tax'), summary: 'Delete a tax exemption', params: s.idParams } },
    async (request, reply) => {
      await svc.rates.deleteExemption(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // ---------- TDS/TCS ----------
  app.get(
    '/api/v1/tax/tds/sections',
    { config: { permission: 'tax.tds.read' }, schema: { tags: tags('tax'), summary: 'TDS/TCS sections with rates and thresholds (those in force on `date`, or every version)', querystring: s.tdsSectionsQuery, response: { 200: s.tdsSectionsResponse } } },
    async (request) => ({ items: [...svc.tds.sections(request.query.date)] }),
  );

  app.post(
    '/api/v1/tax/tds/compute',
    { config: { permission: 'tax.tds.read' }, schema: { tags: tags('tax'), summary: 'Compute TDS/TCS on a payment (nothing is recorded)', body: s.tdsComputeBody, response: { 200: s.tdsResultResponse } } },
    async (request) => {
      try {
        return svc.tds.compute(request.body);
      } catch (error) {
        throw bodyPaths(error);
      }
    },
  );

  app.get(
    '/api/v1/tax/tds/deductions',
    { config: { permission: 'tax.tds.read' }, schema: { tags: tags('tax'), summary: 'Recorded TDS/TCS deductions, oldest first', querystring: s.listDeductionsQuery, response: { 200: s.pageOfDeductions } } },
    async (request) => {
      const page = await svc.tds.list(requireTenant(request), request.query);
      return { items: page.items.map(deductionView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/tax/tds/deductions',
    {
      config: { permission: 'tax.tds.manage' },
      schema: {
        tags: tags('tax'),
        summary: "Record a payment to a party under a section with the tax deducted on it (thresholds from the party's year to date); due on the 7th of the next month",
        body: s.recordDeductionBody,
        response: { 201: s.recordDeductionResponse },
      },
    },
    async (request, reply) => {
      const { row, computation } = await svc.tds.record(invocation(request), request.body);
      reply.header('location', `/api/v1/tax/tds/deductions/${row.id}`);
      return reply.code(201).send({ deduction: deductionView(row), computation });
    },
  );

  app.get(
    '/api/v1/tax/tds/deductions/:id',
    { config: { permission: 'tax.tds.read' }, schema: { tags: tags('tax'), summary: 'A recorded TDS/TCS deduction', params: s.idParams, response: { 200: s.deductionResponse } } },
    async (request) => deductionView(await svc.tds.get(requireTenant(request), request.params.id)),
  );

  // ---------- calculate ----------
  app.get(
    '/api/v1/tax/calculate',
    {
      config: { permission: 'tax.calculation.run' },
      schema: {
        tags: tags('tax'),
        summary: 'Tax on one line given in query parameters (GST for Indian businesses, VAT/sales tax otherwise)',
        querystring: s.calculateQuery,
        response: { 200: s.calculateResponse },
      },
    },
    async (request) => {
      const q = request.query;
      const body: s.CalculateBody = {
        ...(q.date !== undefined && { date: q.date }),
        ...(q.inclusive !== undefined && { pricesInclusive: q.inclusive === 'true' }),
        ...(q.partyId !== undefined && { partyId: q.partyId }),
        ...((q.buyerStateCode ?? q.buyerGstin ?? q.buyerCountry) !== undefined && {
          buyer: {
            ...(q.buyerStateCode !== undefined && { stateCode: q.buyerStateCode }),
            ...(q.buyerGstin !== undefined && { gstin: q.buyerGstin }),
            ...(q.buyerCountry !== undefined && { country: q.buyerCountry }),
          },
        }),
        lines: [
          {
            ...(q.unitPrice !== undefined && { unitPrice: q.unitPrice }),
            ...(q.quantity !== undefined && { quantity: q.quantity }),
            ...(q.amount !== undefined && { amount: q.amount }),
            ...(q.discount !== undefined && { discount: q.discount }),
            ...(q.taxRateId !== undefined && { taxRateId: q.taxRateId }),
            ...(q.taxGroupId !== undefined && { taxGroupId: q.taxGroupId }),
            ...(q.category !== undefined && { category: q.category }),
            ...(q.hsn !== undefined && { hsn: q.hsn }),
            ...(q.kind !== undefined && { kind: q.kind }),
            ...(q.rate !== undefined && { rate: q.rate }),
          },
        ],
      };
      return svc.calculate.calculate(requireTenant(request), body, 'querystring');
    },
  );

  app.post(
    '/api/v1/tax/calculate',
    {
      config: { permission: 'tax.calculation.run' },
      schema: { tags: tags('tax'), summary: 'Tax on a document (GST for Indian businesses, VAT/sales tax otherwise); nothing is stored', body: s.calculateBody, response: { 200: s.calculateResponse } },
    },
    async (request) => svc.calculate.calculate(requireTenant(request), request.body),
  );
}
