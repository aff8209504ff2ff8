import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('gives defaults that start the local Neo4j', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeNull();
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.auth.writeTokens).toEqual([]);
    expect(Object.isFrozen(config.limits)).toBe(true);
  });

  it('reads an external Neo4j and comma-separated tokens', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'conflicts',
      WRITE_TOKENS: ' a , b,,',
    });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 'secret', database: 'conflicts' });
    expect(config.auth.writeTokens).toEqual(['a', 'b']);
  });

  it('explains every bad value at once', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT: expected a whole number/);
      expect(problems).toMatch(/NEO4J_URI: expected a Bolt or Neo4j URI/);
      expect(problems).toMatch(/LOG_LEVEL/);
    }
  });

  it('needs a password with an external URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: required/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j).toBeNull();
  });
});
