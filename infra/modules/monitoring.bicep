// Log Analytics workspace and workspace-based Application Insights; ingestion takes Entra tokens only.

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Azure region of the monitoring resources.')
param location string

@description('Tags applied to the monitoring resources.')
param tags object

@description('Days that logs are kept in the workspace. 30 is the retention included in the ingestion price.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Telemetry is accepted only with an Entra token (Monitoring Metrics Publisher on this component),
    // so the instrumentation key in the connection string is not a credential.
    DisableLocalAuth: true
  }
}

@description('Name of the Application Insights component, the scope of the Monitoring Metrics Publisher role.')
output applicationInsightsName string = applicationInsights.name

@description('Connection string of Application Insights (an endpoint and key that grant nothing without Entra auth).')
output connectionString string = applicationInsights.properties.ConnectionString
