import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { LAUNCH_CLAUSE, seedFixture } from './fixtures.js';
import { writeFileSync } from 'node:fs';

describe('scratch', () => {
  it('renders', () => {
    const { alignment, discrepancies } = seedFixture();
    const html = renderReport(alignment, discrepancies);
    writeFileSync('artifacts/fixture.html', html);
    expect(html).toContain(LAUNCH_CLAUSE);
  });
});
