using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using RelationshipFunctions.Functions;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Functions.Observability;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;
using RelationshipFunctions.Webhooks;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddRelationshipStorage(builder.Configuration);
builder.Services.AddSignalIngestion();
builder.Services.AddWebhooks();
builder.Services.AddScoring(builder.Configuration);
builder.Services.AddSnapshots(builder.Configuration);
builder.Services.AddTierChangeNotifications(builder.Configuration);
builder.Services.AddServiceBusPublishing(builder.Configuration);
builder.Services.AddWebhookDelivery(builder.Configuration);
builder.Services.AddObservability(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
