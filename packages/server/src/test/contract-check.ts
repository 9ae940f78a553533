import { appendFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * Every answer a test app gives is checked against the app's own OpenAPI document: its status must be one
 * the operation documents, and a JSON body must match the schema documented for that status (problem+json
 * answers included). An answer outside the contract is turned into a 500 problem saying why, so whichever
 * test made the request fails and shows it. With this, a route test that reads `res.json()` reads an answer
 * its schema accepts, and the contract third parties generate clients from cannot drift from the server.
 */
type Operation = {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type OpenApiDocument = {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};

export function checkAnswersAgainstContract(app: FastifyInstance): void {
  let check:
    | ((method: string, url: string, status: number, type: string, body: string) => string | null)
    | null = null;
  const build = () => {
    const document = app.swagger() as unknown as OpenApiDocument;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    return (method: string, url: string, status: number, type: string, body: string) => {
      // Fastify's `/:id` is OpenAPI's `/{id}`; routes the document hides (the SPA, openapi.json) are not checked.
      const operation = document.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      if (!operation) return null;
      const response = operation.responses[String(status)];
      if (!response) return `answered ${status}, a status it does not document`;
      const mediaType = type.split(';')[0]!.trim();
      const schema = response.content?.[mediaType]?.schema;
      if (!schema) {
        if (body.length === 0) return null;
        return response.content
          ? `answered ${status} as ${mediaType}, which it documents only as ${Object.keys(response.content).join(', ')}`
          : null;
      }
      if (!mediaType.endsWith('json')) return null;
      const key = `${method} ${url} ${status} ${mediaType}`;
      let validate = compiled.get(key);
      if (!validate) {
        const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
        validate = ajv.compile(JSON.parse(text));
        compiled.set(key, validate);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return `answered ${status} with a body that is not JSON`;
      }
      return validate(parsed)
        ? null
        : `answered ${status} outside its schema: ${ajv.errorsText(validate.errors)}`;
    };
  };
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    if (!url || reply.statusCode >= 500) return payload;
    if (payload !== null && payload !== undefined && typeof payload !== 'string' && !Buffer.isBuffer(payload))
      return payload;
    check ??= build();
    const body = payload == null ? '' : payload.toString();
    const type = String(reply.getHeader('content-type') ?? '');
    const wrong = check(request.method, url, reply.statusCode, type, body);
    if (!wrong) return payload;
    // TRELLIS_CONTRACT_REPORT=<file>: list every answer outside the contract instead of failing the first.
    if (process.env.TRELLIS_CONTRACT_REPORT) {
      appendFileSync(process.env.TRELLIS_CONTRACT_REPORT, `${request.method} ${url} ${wrong}\n`);
      return payload;
    }
    reply.code(500).header('content-type', 'application/problem+json');
    return JSON.stringify({
      type: 'urn:trellis:problem:contract',
      title: 'Answer outside the contract',
      status: 500,
      detail: `${request.method} ${url} ${wrong}`,
    });
  });
}
