import { JsonValue } from '@backstage/types';
import { ConfigReader } from '@backstage/config';
import { readDagsterInstanceConfigs } from './config';

const read = (instances: JsonValue) =>
  readDagsterInstanceConfigs(new ConfigReader({ dagster: { instances } }));

describe('readDagsterInstanceConfigs', () => {
  it('is empty when Dagster is not configured', () => {
    expect(readDagsterInstanceConfigs(new ConfigReader({}))).toEqual([]);
  });

  it('reads several instances and derives the UI link', () => {
    expect(
      read([
        {
          id: 'analytics',
          graphqlUrl: 'http://localhost:3100/graphql',
          token: 's3cret',
        },
        {
          id: 'finance',
          graphqlUrl: 'https://dagster.example.gov.uk/graphql/',
          webUrl: 'https://ui.example.gov.uk',
        },
      ]),
    ).toEqual([
      {
        id: 'analytics',
        graphqlUrl: 'http://localhost:3100/graphql',
        webUrl: 'http://localhost:3100',
        token: 's3cret',
      },
      {
        id: 'finance',
        graphqlUrl: 'https://dagster.example.gov.uk/graphql',
        webUrl: 'https://ui.example.gov.uk',
        token: undefined,
      },
    ]);
  });

  it('refuses two instances with the same id', () => {
    const twin = { id: 'a', graphqlUrl: 'http://x/graphql' };
    expect(() => read([twin, twin])).toThrow(/used by another instance/);
  });

  it.each([
    [{ id: 'Bad Id', graphqlUrl: 'http://x/graphql' }, /lowercase/],
    [{ id: 'a', graphqlUrl: 'not a url' }, /is not a URL/],
    [{ id: 'a', graphqlUrl: 'file:///etc/passwd' }, /http or https/],
  ])('refuses %j', (instance, message) => {
    expect(() => read([instance])).toThrow(message);
  });
});
