import type { FastifyRequest } from 'fastify';
import type { Invocation } from '../../kernel/index.js';
import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import * as s from './schemas.js';
import type { NumberingService } from './service.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

const tags = ['numbering'];

export function numberingRoutes(app: KontorApp, numbering: NumberingService): void {
  app.get(
    '/api/v1/numbering/series',
    {
      config: { permission: 'numbering.series.read' },
      schema: { tags, summary: 'Every document type with its number format, the next number of the current fiscal year and a preview of it', response: { 200: s.seriesList } },
    },
    async (request) => ({ items: await numbering.list(requireTenant(request)) }),
  );

  app.get(
    '/api/v1/numbering/series/:documentType',
    {
      config: { permission: 'numbering.series.read' },
      schema: { tags, summary: "One document type's series (figures for the fiscal year of `date`, default today)", params: s.typeParams, querystring: s.seriesQuery, response: { 200: s.seriesResponse } },
    },
    async (request, reply) => {
      const view = await numbering.get(requireTenant(request), request.params.documentType, request.query.date);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/v1/numbering/series/:documentType',
    {
      config: { permission: 'numbering.series.manage' },
      schema: {
        tags,
        summary: 'Change the format (or prefix and padding), the yearly reset, or the next number (only upward once numbers were drawn); send If-Match',
        params: s.typeParams,
        body: s.updateBody,
        response: { 200: s.seriesResponse },
      },
    },
    async (request, reply) => {
      const view = await numbering.update(invocation(request), request.params.documentType, requireIfMatch(request), request.body);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/v1/numbering/series/:documentType/preview',
    {
      config: { permission: 'numbering.series.read' },
      schema: { tags, summary: 'The number the next document of this type dated `date` (default today) would get; draws nothing', params: s.typeParams, querystring: s.seriesQuery, response: { 200: s.previewResponse } },
    },
    async (request) => numbering.preview(requireTenant(request), request.params.documentType, request.query.date),
  );
}
