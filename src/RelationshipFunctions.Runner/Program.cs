using RelationshipFunctions.Runner;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await RunnerApp.RunAsync(args, Console.Out, ct: cancel.Token).ConfigureAwait(false);
