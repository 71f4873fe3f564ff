// Every role the app's identity holds, in one list: data-plane roles only, each on the narrowest resource.

@description('Name of the user-assigned identity that receives the roles.')
param identityName string

@description('Storage account that holds host storage, tables, snapshots and the deployment package.')
param storageAccountName string

@description('Service Bus namespace of the signals and tier-changes queues.')
param serviceBusNamespaceName string

@description('Key Vault that holds the webhook secrets.')
param keyVaultName string

@description('Application Insights component that receives telemetry with Entra auth.')
param applicationInsightsName string

// Built-in role definition ids. `target` names the resource that scopes the assignment.
var identityRoles = [
  {
    // Blob Data Owner rather than Contributor: the Functions host needs it for identity-based
    // AzureWebJobsStorage (container creation, timer locks, key store), and Flex deployment reads
    // the package with the same identity.
    role: 'Storage Blob Data Owner'
    id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
    target: 'storage'
  }
  {
    role: 'Storage Table Data Contributor'
    id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    target: 'storage'
  }
  {
    role: 'Azure Service Bus Data Sender'
    id: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
    target: 'serviceBus'
  }
  {
    role: 'Azure Service Bus Data Receiver'
    id: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
    target: 'serviceBus'
  }
  {
    role: 'Key Vault Secrets User'
    id: '4633458b-17de-408a-b874-0445c86b69e6'
    target: 'keyVault'
  }
  {
    // Needed only because Application Insights has local auth disabled (Entra ingestion).
    role: 'Monitoring Metrics Publisher'
    id: '3913510d-42f4-4e42-8a64-420c390055eb'
    target: 'applicationInsights'
  }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource serviceBusNamespace 'Microsoft.ServiceBus/namespaces@2024-01-01' existing = {
  name: serviceBusNamespaceName
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for item in filter(identityRoles, r => r.target == 'storage'): {
    name: guid(storageAccount.id, identity.id, item.id)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', item.id)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      description: item.role
    }
  }
]

resource serviceBusRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for item in filter(identityRoles, r => r.target == 'serviceBus'): {
    name: guid(serviceBusNamespace.id, identity.id, item.id)
    scope: serviceBusNamespace
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', item.id)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      description: item.role
    }
  }
]

resource keyVaultRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for item in filter(identityRoles, r => r.target == 'keyVault'): {
    name: guid(keyVault.id, identity.id, item.id)
    scope: keyVault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', item.id)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      description: item.role
    }
  }
]

resource monitoringRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for item in filter(identityRoles, r => r.target == 'applicationInsights'): {
    name: guid(applicationInsights.id, identity.id, item.id)
    scope: applicationInsights
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', item.id)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      description: item.role
    }
  }
]

@description('Names of the roles granted, for the deployment log.')
output grantedRoles array = [for item in identityRoles: item.role]
