import { formatJson, formatText, toSarif, toSummaryMarkdown } from '../../../src/config/validate/index.js';
import { run } from './helpers.js';

const SECRETS = {
  POSTGRES_PASSWORD: 'Sup3r-Secret-Pa55word',
  TELEGRAM_BOT_TOKEN: '123456789:AAHsecretTokenValue_0123456789abcd',
  API_KEY: 'k3y',
};

describe('secret values from .env never appear in findings, summary, SARIF or text', () => {
  test('type errors, cast errors, schema values and consistency messages print key names only', async () => {
    const env = Object.entries(SECRETS)
      .map(([k, v]) => `${k}=${v}`)
      .concat(
        'DATABASE_URL=postgresql://app:Sup3r-Secret-Pa55word@localhost/app',
        'WEBHOOK_URL=http://x.example.com',
      )
      .join('\n');
    const r = await run(
      {
        'compose.yml': [
          'services:',
          '  postgres:',
          '    image: postgres:16',
          '  web:',
          '    image: "nginx:${POSTGRES_PASSWORD}"',
          '    privileged: "${POSTGRES_PASSWORD}"',
          '    user: ${API_KEY}',
          '    healthcheck:',
          '      test: ["CMD", "true"]',
          '      interval: "${TELEGRAM_BOT_TOKEN}"',
          '      retries: "${API_KEY}"',
          '    environment:',
          '      DATABASE_URL: ${DATABASE_URL}',
          '      TOKEN_COPY: ${TELEGRAM_BOT_TOKEN}',
          '    labels: ["${POSTGRES_PASSWORD}"]',
          '    ports: ["${API_KEY}:80"]',
          '',
        ].join('\n'),
        'stack.env': env + '\nPOSTGRES_PASSWORD=dup-' + SECRETS.POSTGRES_PASSWORD + '\n',
        'env.schema.json': JSON.stringify({
          variables: {
            POSTGRES_PASSWORD: { type: 'string', secret: true, pattern: '^[a-z]+$' },
            TELEGRAM_BOT_TOKEN: { type: 'integer', secret: true },
            API_KEY: { type: 'url', secret: true },
          },
        }),
      },
      { envFile: 'stack.env', policy: 'stack', profile: 'prod' },
    );
    expect(r.errors).toBeGreaterThan(3);
    const outputs = [
      formatText(r),
      formatJson(r),
      JSON.stringify(toSarif(r, '0.0.0')),
      toSummaryMarkdown(r),
      ...r.findings.map((f) => f.message),
    ].join('\n');
    for (const v of Object.values(SECRETS)) {
      if (v.length >= 4) expect(outputs.includes(v)).toBe(false);
      else expect(outputs).not.toMatch(new RegExp(`(?<![A-Za-z0-9_])${v}(?![A-Za-z0-9_])`));
    }
    expect(outputs).toContain('[REDACTED]');
    expect(r.secretKeys).toEqual(
      expect.arrayContaining(['API_KEY', 'POSTGRES_PASSWORD', 'TELEGRAM_BOT_TOKEN']),
    );
  });
});
