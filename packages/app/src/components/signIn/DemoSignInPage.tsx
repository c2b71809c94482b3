import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  IdentityApi,
  SignInPageProps,
  useApi,
} from '@backstage/core-plugin-api';
import { microsoftAuthApiRef } from '@backstage/core-plugin-api';
import { Button, Grid, Typography } from '@material-ui/core';
import { DEMO_IDENTITIES, DemoIdentity } from './demoIdentities';

const CHOICE_KEY = 'dagster-portal:demo-identity';

/** Signing out forgets the chosen demo identity, so the chooser shows again. */
function forgetOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      window.localStorage.removeItem(CHOICE_KEY);
      await identity.signOut();
    },
  };
}

const Chooser = ({ onChoose }: { onChoose: (id: DemoIdentity) => void }) => (
  <Page themeId="home">
    <Header title="Dagster Data Platform Portal" subtitle="Demo sign-in" />
    <Content>
      <Typography paragraph>
        This portal runs in demo mode. Choose who you want to be; each person
        sees and may do what their team allows.
      </Typography>
      <Grid container spacing={3}>
        {DEMO_IDENTITIES.map(identity => (
          <Grid item xs={12} sm={6} md={4} key={identity.id}>
            <InfoCard title={identity.title} subheader={identity.role}>
              <Typography paragraph>{identity.description}</Typography>
              <Button
                variant="contained"
                color="primary"
                onClick={() => onChoose(identity)}
              >
                Sign in as {identity.title}
              </Button>
            </InfoCard>
          </Grid>
        ))}
      </Grid>
    </Content>
  </Page>
);

/**
 * In demo mode (dagster.demo) people choose a demo identity; otherwise the
 * organisation's Microsoft Entra ID sign-in is shown.
 */
export const DemoSignInPage = (props: SignInPageProps) => {
  const config = useApi(configApiRef);
  const [choice, setChoice] = useState(() =>
    window.localStorage.getItem(CHOICE_KEY),
  );

  if (!config.getOptionalBoolean('dagster.demo')) {
    return (
      <SignInPage
        {...props}
        auto
        provider={{
          id: 'microsoft-auth-provider',
          title: 'Microsoft Entra ID',
          message: 'Sign in with your department account',
          apiRef: microsoftAuthApiRef,
        }}
      />
    );
  }

  const identity = DEMO_IDENTITIES.find(i => i.id === choice);
  if (!identity) {
    return (
      <Chooser
        onChoose={chosen => {
          window.localStorage.setItem(CHOICE_KEY, chosen.id);
          setChoice(chosen.id);
        }}
      />
    );
  }
  return (
    <ProxiedSignInPage
      onSignInSuccess={identityApi =>
        props.onSignInSuccess(forgetOnSignOut(identityApi))
      }
      provider={identity.provider}
      headers={
        identity.provider === 'demo'
          ? { 'x-demo-user': identity.id }
          : undefined
      }
    />
  );
};
