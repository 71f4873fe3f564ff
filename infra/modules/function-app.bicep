// The function app on the Flex Consumption plan: dotnet-isolated 10.0, user-assigned identity everywhere.

@description('Name of the function app; also its host name, <name>.azurewebsites.net.')
param name string

@description('Name of the Flex Consumption (FC1) plan.')
param planName string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app; the app also gets azd-service-name.')
param tags object

@description('azd service name from azure.yaml, written as the azd-service-name tag so `azd deploy` finds the app.')
param serviceName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Name of the storage account for host storage and the deployment package.')
param storageAccountName string

@description('Blob endpoint of the storage account, ending in a slash.')
param blobEndpoint string

@description('Table endpoint of the storage account, ending in a slash.')
param tableEndpoint string

@description('Blob container that receives the deployment package.')
param deploymentContainerName string

@description('Fully qualified Service Bus namespace, <name>.servicebus.windows.net.')
param serviceBusFullyQualifiedNamespace string

@description('Queue that carries tier changes to delivery.')
param tierChangesQueueName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Name of the Key Vault that holds the webhook secrets.')
param keyVaultName string

@description('App settings of the webhook secrets (Webhooks__<Platform>__Secrets__<n>) and Identity__PseudonymKey; each reads the Key Vault secret of its dashed, lowercase name.')
param webhookSecretSettings array

@description('NCRONTAB schedule of the nightly rescoring, in UTC unless WEBSITE_TIME_ZONE is set.')
param nightlyRescoreSchedule string

@description('Most instances the app may scale out to: a ceiling on cost and on load on storage.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of one instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Identity-based connections only: the host, the triggers and the app's own clients all use the
// user-assigned identity. Flex takes the runtime from functionAppConfig, so neither
// FUNCTIONS_EXTENSION_VERSION nor FUNCTIONS_WORKER_RUNTIME is set here.
var identitySettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  ServiceBusConnection__fullyQualifiedNamespace: serviceBusFullyQualifiedNamespace
  ServiceBusConnection__credential: 'managedidentity'
  ServiceBusConnection__clientId: identityClientId
  Storage__TableServiceUri: tableEndpoint
  Storage__BlobServiceUri: blobEndpoint
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

var productSettings = {
  NightlyRescoreSchedule: nightlyRescoreSchedule
  Scoring__ModelPath: 'scoring-model.json'
  Notifications__QueueName: tierChangesQueueName
  Snapshots__RetainRuns: '14'
  Snapshots__LinkLifetimeMinutes: '15'
}

// Versionless references follow the newest enabled version of each secret.
var webhookSettings = toObject(
  webhookSecretSettings,
  setting => setting,
  setting => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${toLower(replace(setting, '__', '-'))})'
)

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(identitySettings, productSettings, webhookSettings)
}

@description('Name of the function app.')
output name string = app.name

@description('Default host name of the function app.')
output defaultHostName string = app.properties.defaultHostName
