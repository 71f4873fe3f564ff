// The one user-assigned identity the function app runs as; every data-plane role is granted to it.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, used to attach the identity to the function app.')
output id string = identity.id

@description('Object id of the identity, used in role assignments.')
output principalId string = identity.properties.principalId

@description('Client id of the identity, used by DefaultAzureCredential and the Functions host.')
output clientId string = identity.properties.clientId
