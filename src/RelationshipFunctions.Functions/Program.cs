using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using RelationshipFunctions.Functions;
using RelationshipFunctions.Ingest;
using RelationshipFunctions.Notifications;
using RelationshipFunctions.Scoring;
using RelationshipFunctions.Snapshots;
using RelationshipFunctions.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddRelationshipStorage(builder.Configuration);
builder.Services.AddSignalIngestion();
builder.Services.AddScoring(builder.Configuration);
builder.Services.AddSnapshots(builder.Configuration);
builder.Services.AddTierChangeNotifications(builder.Configuration);
builder.Services.AddServiceBusPublishing(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
