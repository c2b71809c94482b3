import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('offers the demo identities when started in demo mode', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            dagster: { demo: true },
          },
          context: 'test',
        },
      ] as any,
    };
    window.localStorage.clear();

    render(<App />);

    expect(
      await screen.findByRole('button', { name: 'Sign in as Dana Okafor' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as Sam Patel' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as Guest' }),
    ).toBeInTheDocument();
  });
});
