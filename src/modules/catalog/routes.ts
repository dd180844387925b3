import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, isUuid, type Invocation } from '../../kernel/index.js';
import { actorOf, decodeCursor, encodeCursor, pageOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import * as s from './schemas.js';
import type { CatalogService } from './service.js';
import { priceListView, productView } from './views.js';
import type { ProductSort } from './repo.js';

function invocation(request: FastifyRequest): Invocation {
  return { actor: actorOf(requirePrincipal(request)), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** A cursor this API issued (a string sort key and a uuid); anything else is a 400, never a failed cast. */
function cursorKey(cursor: string | undefined): { k: string; id: string } | undefined {
  const position = decodeCursor(cursor);
  if (!position) return undefined;
  if (typeof position.k !== 'string' || position.k.length > 300 || !isUuid(position.id)) {
    throw new AppError('validation', 'REQUEST.INVALID_CURSOR', 'The cursor is not one this API issued', { errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }] });
  }
  return { k: position.k, id: position.id };
}

const items = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });

export function catalogRoutes(app: KontorApp, catalog: CatalogService): void {
  // ---------------- units ----------------

  app.get(
    '/api/v1/units',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'Units of measure (the common ones are added on first use)', response: { 200: items(s.unitResponse) } } },
    async (request) => ({ items: await catalog.listUnits(requireTenant(request)) }),
  );

  app.post(
    '/api/v1/units',
    { config: { permission: 'catalog.product.update' }, schema: { tags: ['catalog'], summary: 'Add a unit of measure', body: s.createUnitBody, response: { 201: s.unitResponse } } },
    async (request, reply) => {
      const unit = await catalog.createUnit(invocation(request), request.body);
      setEtag(reply, unit.version);
      reply.header('location', `/api/v1/units/${unit.id}`);
      return reply.code(201).send(unit);
    },
  );

  app.get(
    '/api/v1/units/:id',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'One unit of measure', params: s.idParams, response: { 200: s.unitResponse } } },
    async (request, reply) => {
      const unit = await catalog.getUnit(requireTenant(request), request.params.id);
      setEtag(reply, unit.version);
      return unit;
    },
  );

  app.put(
    '/api/v1/units/:id',
    {
      config: { permission: 'catalog.product.update' },
      schema: { tags: ['catalog'], summary: 'Rename or archive a unit; its code never changes (send If-Match)', params: s.idParams, body: s.updateUnitBody, response: { 200: s.unitResponse } },
    },
    async (request, reply) => {
      const unit = await catalog.updateUnit(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, unit.version);
      return unit;
    },
  );

  // ---------------- categories ----------------

  app.get(
    '/api/v1/categories',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'Every category with its path, by name', response: { 200: items(s.categoryResponse) } } },
    async (request) => ({ items: await catalog.listCategories(requireTenant(request)) }),
  );

  app.get(
    '/api/v1/categories/tree',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'The category tree', response: { 200: s.categoryTreeResponse } } },
    async (request) => ({ items: await catalog.categoryTree(requireTenant(request)) }),
  );

  app.post(
    '/api/v1/categories',
    { config: { permission: 'catalog.category.manage' }, schema: { tags: ['catalog'], summary: 'Add a category', body: s.createCategoryBody, response: { 201: s.categoryResponse } } },
    async (request, reply) => {
      const category = await catalog.createCategory(invocation(request), request.body);
      setEtag(reply, category.version);
      reply.header('location', `/api/v1/categories/${category.id}`);
      return reply.code(201).send(category);
    },
  );

  app.get(
    '/api/v1/categories/:id',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'One category', params: s.idParams, response: { 200: s.categoryResponse } } },
    async (request, reply) => {
      const category = await catalog.getCategory(requireTenant(request), request.params.id);
      setEtag(reply, category.version);
      return category;
    },
  );

  app.put(
    '/api/v1/categories/:id',
    {
      config: { permission: 'catalog.category.manage' },
      schema: { tags: ['catalog'], summary: 'Rename or move a category (send If-Match); never under itself', params: s.idParams, body: s.updateCategoryBody, response: { 200: s.categoryResponse } },
    },
    async (request, reply) => {
      const category = await catalog.updateCategory(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, category.version);
      return category;
    },
  );

  app.delete(
    '/api/v1/categories/:id',
    { config: { permission: 'catalog.category.manage' }, schema: { tags: ['catalog'], summary: 'Delete an empty category', params: s.idParams } },
    async (request, reply) => {
      await catalog.deleteCategory(invocation(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // ---------------- products ----------------

  app.get(
    '/api/v1/products',
    {
      config: { permission: 'catalog.product.read' },
      schema: {
        tags: ['catalog'],
        summary: 'Search products and services: q over name, SKU, barcode and HSN/SAC; a category includes its descendants',
        querystring: s.listProductsQuery,
        response: { 200: pageOf(s.productResponse) },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const descending = sort.startsWith('-');
      const rows = await catalog.listProducts(requireTenant(request), {
        ...filter,
        sort: (descending ? sort.slice(1) : sort) as ProductSort,
        descending,
        after: cursorKey(cursor),
        limit,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { items: page.map(productView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.sort_key, id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/products',
    { config: { permission: 'catalog.product.create' }, schema: { tags: ['catalog'], summary: 'Add a product or service', body: s.createProductBody, response: { 201: s.productResponse } } },
    async (request, reply) => {
      const product = await catalog.createProduct(invocation(request), request.body);
      setEtag(reply, product.version);
      reply.header('location', `/api/v1/products/${product.id}`);
      return reply.code(201).send(productView(product));
    },
  );

  app.get(
    '/api/v1/products/:id',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'One product or service', params: s.idParams, response: { 200: s.productResponse } } },
    async (request, reply) => {
      const product = await catalog.getProduct(requireTenant(request), request.params.id);
      setEtag(reply, product.version);
      return productView(product);
    },
  );

  app.put(
    '/api/v1/products/:id',
    {
      config: { permission: 'catalog.product.update' },
      schema: { tags: ['catalog'], summary: 'Change a product (send If-Match); `status: active` restores an archived one', params: s.idParams, body: s.updateProductBody, response: { 200: s.productResponse } },
    },
    async (request, reply) => {
      const product = await catalog.updateProduct(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, product.version);
      return productView(product);
    },
  );

  const archive = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const product = await catalog.archiveProduct(invocation(request), request.params.id);
    setEtag(reply, product.version);
    return productView(product);
  };
  app.delete(
    '/api/v1/products/:id',
    { config: { permission: 'catalog.product.archive' }, schema: { tags: ['catalog'], summary: 'Archive a product (products are never deleted)', params: s.idParams, response: { 200: s.productResponse } } },
    archive,
  );
  app.post(
    '/api/v1/products/:id/archive',
    { config: { permission: 'catalog.product.archive' }, schema: { tags: ['catalog'], summary: 'Archive a product', params: s.idParams, response: { 200: s.productResponse } } },
    archive,
  );

  app.get(
    '/api/v1/products/:id/price',
    {
      config: { permission: 'catalog.product.read' },
      schema: {
        tags: ['catalog'],
        summary: 'The price of a quantity: the most specific price list, else the sale price',
        params: s.idParams,
        querystring: s.priceQuery,
        response: { 200: s.priceResponse },
      },
    },
    async (request) => catalog.quote(requireTenant(request), { productId: request.params.id, ...request.query }),
  );

  app.get(
    '/api/v1/products/:id/units',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: "A product's base unit and alternate units", params: s.idParams, response: { 200: s.productUnitsResponse } } },
    async (request) => catalog.productUnits(requireTenant(request), request.params.id),
  );

  app.put(
    '/api/v1/products/:id/units',
    {
      config: { permission: 'catalog.product.update' },
      schema: {
        tags: ['catalog'],
        summary: 'Replace the alternate units: each holds `factor` base units (a box of 12 pcs: factor 12)',
        params: s.idParams,
        body: s.productUnitsBody,
        response: { 200: s.productUnitsResponse },
      },
    },
    async (request) => catalog.replaceProductUnits(invocation(request), request.params.id, request.body.units),
  );

  // ---------------- suppliers ----------------

  app.get(
    '/api/v1/products/:id/suppliers',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'Who supplies a product, preferred first', params: s.idParams, response: { 200: items(s.supplierResponse) } } },
    async (request) => ({ items: await catalog.listSuppliers(requireTenant(request), request.params.id) }),
  );

  app.post(
    '/api/v1/products/:id/suppliers',
    {
      config: { permission: 'catalog.product.update' },
      schema: { tags: ['catalog'], summary: 'Add a supplier (a vendor party) to a product', params: s.idParams, body: s.createSupplierBody, response: { 201: s.supplierResponse } },
    },
    async (request, reply) => {
      const supplier = await catalog.addSupplier(invocation(request), request.params.id, request.body);
      setEtag(reply, supplier.version);
      reply.header('location', `/api/v1/products/${request.params.id}/suppliers/${supplier.id}`);
      return reply.code(201).send(supplier);
    },
  );

  app.get(
    '/api/v1/products/:id/suppliers/:supplierId',
    { config: { permission: 'catalog.product.read' }, schema: { tags: ['catalog'], summary: 'One supplier of a product', params: s.supplierParams, response: { 200: s.supplierResponse } } },
    async (request, reply) => {
      const supplier = await catalog.getSupplier(requireTenant(request), request.params.id, request.params.supplierId);
      setEtag(reply, supplier.version);
      return supplier;
    },
  );

  app.put(
    '/api/v1/products/:id/suppliers/:supplierId',
    {
      config: { permission: 'catalog.product.update' },
      schema: { tags: ['catalog'], summary: 'Change a supplier of a product (send If-Match)', params: s.supplierParams, body: s.updateSupplierBody, response: { 200: s.supplierResponse } },
    },
    async (request, reply) => {
      const supplier = await catalog.updateSupplier(invocation(request), request.params.id, request.params.supplierId, requireIfMatch(request), request.body);
      setEtag(reply, supplier.version);
      return supplier;
    },
  );

  app.delete(
    '/api/v1/products/:id/suppliers/:supplierId',
    { config: { permission: 'catalog.product.update' }, schema: { tags: ['catalog'], summary: 'Remove a supplier from a product', params: s.supplierParams } },
    async (request, reply) => {
      await catalog.removeSupplier(invocation(request), request.params.id, request.params.supplierId);
      return reply.code(204).send();
    },
  );

  // ---------------- price lists ----------------

  app.get(
    '/api/v1/price-lists',
    { config: { permission: 'catalog.pricelist.read' }, schema: { tags: ['catalog'], summary: 'Price lists by name', querystring: s.listPriceListsQuery, response: { 200: pageOf(s.priceListResponse) } } },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const rows = await catalog.listPriceLists(requireTenant(request), { ...filter, after: cursorKey(cursor), limit });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { items: page.map(priceListView), nextCursor: rows.length > limit && last ? encodeCursor({ k: last.name.toLowerCase(), id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/price-lists',
    {
      config: { permission: 'catalog.pricelist.manage' },
      schema: { tags: ['catalog'], summary: 'Add a price list for a currency and (optionally) a customer group', body: s.createPriceListBody, response: { 201: s.priceListResponse } },
    },
    async (request, reply) => {
      const list = await catalog.createPriceList(invocation(request), request.body);
      setEtag(reply, list.version);
      reply.header('location', `/api/v1/price-lists/${list.id}`);
      return reply.code(201).send(priceListView(list));
    },
  );

  app.get(
    '/api/v1/price-lists/:id',
    { config: { permission: 'catalog.pricelist.read' }, schema: { tags: ['catalog'], summary: 'One price list', params: s.idParams, response: { 200: s.priceListResponse } } },
    async (request, reply) => {
      const list = await catalog.getPriceList(requireTenant(request), request.params.id);
      setEtag(reply, list.version);
      return priceListView(list);
    },
  );

  app.put(
    '/api/v1/price-lists/:id',
    {
      config: { permission: 'catalog.pricelist.manage' },
      schema: { tags: ['catalog'], summary: 'Change a price list (send If-Match); its currency is fixed', params: s.idParams, body: s.updatePriceListBody, response: { 200: s.priceListResponse } },
    },
    async (request, reply) => {
      const list = await catalog.updatePriceList(invocation(request), request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, list.version);
      return priceListView(list);
    },
  );

  app.delete(
    '/api/v1/price-lists/:id',
    { config: { permission: 'catalog.pricelist.manage' }, schema: { tags: ['catalog'], summary: 'Archive a price list', params: s.idParams, response: { 200: s.priceListResponse } } },
    async (request) => priceListView(await catalog.archivePriceList(invocation(request), request.params.id)),
  );

  app.get(
    '/api/v1/price-lists/:id/items',
    { config: { permission: 'catalog.pricelist.read' }, schema: { tags: ['catalog'], summary: "A price list's items", params: s.idParams, response: { 200: s.priceItemsResponse } } },
    async (request) => ({ priceListId: request.params.id, items: await catalog.priceItems(requireTenant(request), request.params.id) }),
  );

  app.put(
    '/api/v1/price-lists/:id/items',
    {
      config: { permission: 'catalog.pricelist.manage' },
      schema: {
        tags: ['catalog'],
        summary: "Replace a price list's items: product, unit (default the base unit), minimum quantity (default 0), price",
        params: s.idParams,
        body: s.priceItemsBody,
        response: { 200: s.priceItemsResponse },
      },
    },
    async (request) => ({ priceListId: request.params.id, items: await catalog.replacePriceItems(invocation(request), request.params.id, request.body.items) }),
  );
}
