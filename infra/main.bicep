// RelationshipFunctions in one resource group: `azd up` provisions this, `azd down` removes it.
targetScope = 'subscription'

@description('Name of the azd environment; names the resource group and seeds every resource name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of every resource; it must offer the Flex Consumption plan.')
@minLength(1)
param location string

@description('Name of the resource group; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Service Bus tier: Standard (base charge) or Basic (pay per operation, plain queues only).')
@allowed([
  'Basic'
  'Standard'
])
param serviceBusSku string = 'Standard'

@description('NCRONTAB schedule of the nightly rescoring (UTC): by default every day at 02:00.')
param nightlyRescoreSchedule string = '0 0 2 * * *'

@description('Most instances the function app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of one function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('App settings that hold webhook secrets (Webhooks__<Platform>__Secrets__<n>, every entry active) and the email pseudonym key; each reads the Key Vault secret of its dashed, lowercase name.')
param webhookSecretSettings array = [
  'Webhooks__SendGrid__Secrets__0'
  'Webhooks__Mailgun__Secrets__0'
  'Webhooks__Postmark__Secrets__0'
  'Webhooks__Mailchimp__Secrets__0'
  'Webhooks__Mandrill__Secrets__0'
  'Webhooks__Brevo__Secrets__0'
  'Webhooks__Zendesk__Secrets__0'
  'Webhooks__Freshdesk__Secrets__0'
  'Webhooks__Intercom__Secrets__0'
  'Webhooks__HelpScout__Secrets__0'
  'Webhooks__HubSpot__Secrets__0'
  'Identity__PseudonymKey'
]

var resourceToken = toLower(uniqueString(subscription().id, rg.id, environmentName))
var tags = {
  'azd-env-name': environmentName
}
var names = {
  identity: 'id-${resourceToken}'
  logAnalytics: 'log-${resourceToken}'
  applicationInsights: 'appi-${resourceToken}'
  storage: 'st${resourceToken}'
  deploymentContainer: 'app-package-${resourceToken}'
  serviceBus: 'sb-${resourceToken}'
  keyVault: 'kv-${resourceToken}'
  plan: 'plan-${resourceToken}'
  functionApp: 'func-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  name: 'service-bus'
  scope: rg
  params: {
    name: names.serviceBus
    location: location
    tags: tags
    sku: serviceBusSku
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
  }
}

module roles 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  scope: rg
  params: {
    identityName: names.identity
    storageAccountName: names.storage
    serviceBusNamespaceName: names.serviceBus
    keyVaultName: names.keyVault
    applicationInsightsName: names.applicationInsights
  }
  // Role assignments need their targets to exist; names alone do not say so.
  dependsOn: [
    identity
    monitoring
    storage
    serviceBus
    keyVault
  ]
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  // The app starts reading storage, queues and secrets as soon as it exists: grant the roles first.
  dependsOn: [
    roles
  ]
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    tierChangesQueueName: 'tier-changes'
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    webhookSecretSettings: webhookSecretSettings
    nightlyRescoreSchedule: nightlyRescoreSchedule
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

// azd stores these outputs in .azure/<env>/.env.
@description('Region of the deployment.')
output AZURE_LOCATION string = location

@description('Tenant of the subscription.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group that holds everything.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Name of the function app.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Base URL of the HTTP API and the webhooks.')
output SERVICE_API_ENDPOINT string = 'https://${functionApp.outputs.defaultHostName}'

@description('Client id of the app identity.')
output AZURE_CLIENT_ID string = identity.outputs.clientId

@description('Storage account of tables, snapshots and host storage.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Service Bus host name for identity-based clients.')
output AZURE_SERVICEBUS_FULLY_QUALIFIED_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace

@description('Key Vault that holds the webhook secrets.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
