import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { describe, it, expect } from 'vitest';
import { Client } from 'pg';
import { createDatabase, dropDatabase, findPostgresBinDir, startPostgresCluster } from './postgres-cluster';

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe.skipIf(findPostgresBinDir() === null)('postgres-cluster', () => {
  it('starts a cluster, creates/drops a database and cleans up on stop', async () => {
    const cluster = await startPostgresCluster();
    try {
      expect(cluster.url).toBe(`postgresql://postgres@127.0.0.1:${cluster.port}/postgres`);
      expect(existsSync(cluster.dataDir)).toBe(true);

      const dbUrl = await createDatabase(cluster.url, 'cluster_test_db');
      expect(dbUrl).toBe(`postgresql://postgres@127.0.0.1:${cluster.port}/cluster_test_db`);

      const client = new Client({ connectionString: dbUrl });
      await client.connect();
      try {
        const result = await client.query<{ one: number; db: string }>('select 1 as one, current_database() as db');
        expect(result.rows).toEqual([{ one: 1, db: 'cluster_test_db' }]);
      } finally {
        await client.end();
      }

      await dropDatabase(cluster.url, 'cluster_test_db');
      await expect(createDatabase(cluster.url, 'Bad"Name')).rejects.toThrow(/Invalid database name/);
    } finally {
      await cluster.stop();
    }

    await cluster.stop(); // idempotent
    expect(existsSync(cluster.dataDir)).toBe(false);
    expect(await acceptsConnections(cluster.port)).toBe(false);
  }, 60_000);
});
