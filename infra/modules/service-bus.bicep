// Service Bus namespace with the two queues of the product; Entra auth only, no SAS keys.

@description('Name of the Service Bus namespace.')
param name string

@description('Azure region of the namespace.')
param location string

@description('Tags applied to the namespace.')
param tags object

@description('Pricing tier. Basic has no base charge and covers plain queues; Standard adds a base charge.')
@allowed([
  'Basic'
  'Standard'
])
param sku string = 'Standard'

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
    tier: sku
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

// Signals from the business's own systems. Purchases stay relevant however late they arrive, so they
// live as long as Basic allows (14 days) to outlast an outage over a long weekend, and expire into the
// dead-letter queue rather than vanish. Five deliveries absorb transient storage errors; a message that
// still fails is poison and waits in the dead-letter queue for a person. A one-minute lock covers one
// batch write; host.json renews it for up to five minutes.
resource signalsQueue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: 'signals'
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: 5
    defaultMessageTimeToLive: 'P14D'
    deadLetteringOnMessageExpiration: true
    maxSizeInMegabytes: 1024
  }
}

// Tier changes on their way to downstream webhooks. Receivers are other companies' tools that may be
// down for a while, so a message gets ten deliveries; a lock of two minutes covers POSTs to several
// URLs with their timeouts. After two days a tier change is stale for a campaign, so it expires, but
// into the dead-letter queue, from where it can be replayed.
resource tierChangesQueue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: 'tier-changes'
  properties: {
    lockDuration: 'PT2M'
    maxDeliveryCount: 10
    defaultMessageTimeToLive: 'P2D'
    deadLetteringOnMessageExpiration: true
    maxSizeInMegabytes: 1024
  }
}

@description('Name of the namespace.')
output name string = namespace.name

@description('Host name used by identity-based connections, e.g. <name>.servicebus.windows.net.')
output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'

@description('Names of the queues.')
output queueNames array = [
  signalsQueue.name
  tierChangesQueue.name
]
