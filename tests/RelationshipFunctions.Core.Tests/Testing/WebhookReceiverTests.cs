namespace RelationshipFunctions.Tests.Testing;

/// <summary>A test class with a fresh <see cref="WebhookReceiver"/> for every test.</summary>
public abstract class WebhookReceiverTests : IAsyncLifetime
{
    protected WebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync() => Receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await Receiver.DisposeAsync();
}
