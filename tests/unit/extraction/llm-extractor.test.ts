import { createServer, type Server, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLlmExtractor } from '../../../src/extraction';
import { anchorQuote } from '../../../src/extraction/llm/anchor';
import { parseAnswerContent } from '../../../src/extraction/llm/llm-extractor';

const BODY = 'Iran’s foreign ministry denied the accusation on Friday. Germany will send four IRIS-T systems to Ukraine, Defence Minister Boris Pistorius said.';

/** A fake OpenAI-compatible endpoint: answers with whatever the test sets. */
function fakeServer() {
  const state: { reply: (req: IncomingMessage, body: string) => { status: number; json: unknown }; requests: Array<{ headers: IncomingMessage['headers']; body: any }> } = {
    reply: () => ({ status: 500, json: {} }),
    requests: [],
  };
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      state.requests.push({ headers: req.headers, body: JSON.parse(data || '{}') });
      const { status, json } = state.reply(req, data);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  return { server, state };
}

const chat = (content: string) => ({ status: 200, json: { choices: [{ message: { role: 'assistant', content } }] } });

describe('createLlmExtractor', () => {
  const { server, state } = fakeServer();
  let baseUrl = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('asks the endpoint, validates the answer and re-anchors its quotes to body offsets', async () => {
    state.reply = () => chat('```json\n' + JSON.stringify({
      entities: [{ name: 'Iran', type: 'Country', aliases: ['Iran'] }, { name: 'Boris Pistorius', type: 'Person', aliases: ['Boris Pistorius'] }],
      claims: [
        // The model normalised the apostrophe and the spaces: re-anchoring must still find it.
        { claimant: "Iran's foreign ministry", stance: 'denies', claimedOn: '2025-03-14', evidence: "Iran's foreign ministry  denied the accusation" },
        { claimant: 'Boris Pistorius', stance: 'asserts', claimedOn: null, evidence: 'Germany will send four IRIS-T systems to Ukraine' },
        { claimant: 'Nobody', stance: 'asserts', evidence: 'a sentence that is not in the article' },
      ],
      armsTransfers: [{ supplier: 'Germany', recipient: 'Ukraine', items: ['IRIS-T'], quantity: 4, evidence: 'Germany will send four IRIS-T systems to Ukraine' }],
    }) + '\n```');
    const extractor = createLlmExtractor({ baseUrl, model: 'test-model', apiKey: 'secret' });
    const r = await extractor.extract({ body: BODY, published: '2025-03-14', language: 'en' });
    expect(r.extractor.name).toBe('llm');
    const req = state.requests[state.requests.length - 1];
    expect(req.headers.authorization).toBe('Bearer secret');
    expect(req.body.model).toBe('test-model');
    expect(r.claims).toHaveLength(2);
    const [c1, c2] = r.claims;
    expect(c1).toMatchObject({ claimant: 'org:ir-foreign-ministry', stance: 'denies', claimedOn: '2025-03-14' });
    expect(BODY.slice(c1.evidence.start, c1.evidence.end)).toBe('Iran’s foreign ministry denied the accusation');
    expect(c2.claimant).toBe('person:boris-pistorius');
    expect(r.armsTransfers[0]).toMatchObject({ supplier: 'country:DE', recipient: 'country:UA', quantity: 4 });
    expect(r.diagnostics.some((d) => d.stage === 'llm' && /not found/.test(d.message))).toBe(true);
  });

  it('falls back to the rule-based result on an HTTP error, bad JSON or a schema mismatch', async () => {
    const extractor = createLlmExtractor({ baseUrl, model: 'm' });
    for (const reply of [
      () => ({ status: 503, json: { error: 'busy' } }),
      () => chat('not json at all'),
      () => chat(JSON.stringify({ claims: [{ stance: 'maybe', evidence: 'x' }] })),
    ]) {
      state.reply = reply;
      const r = await extractor.extract({ body: BODY, published: '2025-03-14', language: 'en' });
      expect(r.extractor.name).toBe('rule-based');
      expect(r.claims.length).toBeGreaterThan(0);
      expect(r.diagnostics.some((d) => d.stage === 'llm' && d.severity === 'warning')).toBe(true);
    }
  });

  it('falls back when the endpoint does not answer in time or cannot be reached', async () => {
    state.reply = () => chat('{}');
    const slow = createLlmExtractor({ baseUrl, model: 'm', timeoutMs: 1, fetch: (() => new Promise((_r, reject) => setTimeout(() => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), 20))) as typeof fetch });
    expect((await slow.extract({ body: BODY, language: 'en' })).diagnostics.some((d) => /timed out/.test(d.message))).toBe(true);
    const unreachable = createLlmExtractor({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', timeoutMs: 2000 });
    expect((await unreachable.extract({ body: BODY, language: 'en' })).extractor.name).toBe('rule-based');
  });

  it('needs a base URL and a model', () => {
    expect(() => createLlmExtractor({ baseUrl: '', model: 'm' })).toThrow(/baseUrl/);
  });
});

describe('helpers', () => {
  it('anchors quotes exactly or modulo case, accents, quotes and spaces', () => {
    const body = 'Le NIS a  déclaré « qu’il surveille » la Russie.';
    expect(anchorQuote(body, 'la Russie')).toEqual({ start: body.indexOf('la Russie'), end: body.indexOf('la Russie') + 9 });
    const span = anchorQuote(body, 'le nis a declare "qu\'il surveille"')!;
    expect(body.slice(span.start, span.end)).toBe('Le NIS a  déclaré « qu’il surveille »');
    expect(anchorQuote(body, 'absent')).toBeNull();
  });
  it('reads JSON with or without a code fence', () => {
    expect(parseAnswerContent('Here: ```json {"a":1} ```')).toEqual({ a: 1 });
    expect(parseAnswerContent('{"a":2}')).toEqual({ a: 2 });
    expect(() => parseAnswerContent('nothing')).toThrow();
  });
});
