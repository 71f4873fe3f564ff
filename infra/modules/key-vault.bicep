// Key Vault in RBAC mode for the webhook secrets; the app reads them through Key Vault references.

@description('Name of the Key Vault: 3-24 letters, digits and dashes.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Tags applied to the vault.')
param tags object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access comes from role assignments only; there are no access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // Purge protection stays off so that `azd down --purge` can free the name; turn it on for production.
    publicNetworkAccess: 'Enabled'
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault, e.g. https://<name>.vault.azure.net/.')
output uri string = vault.properties.vaultUri
