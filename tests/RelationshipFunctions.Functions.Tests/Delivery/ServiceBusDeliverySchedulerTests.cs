using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using RelationshipFunctions.Functions.Delivery;
using RelationshipFunctions.Tests.Notifications;
using RelationshipFunctions.Tests.Testing;
using RelationshipFunctions.Delivery;

namespace RelationshipFunctions.Tests.Delivery;

public sealed class ServiceBusDeliverySchedulerTests
{
    private readonly ServiceBusSender _sender = Substitute.For<ServiceBusSender>();
    private readonly FakeTimeProvider _clock = new(TestServices.Now);

    [Fact]
    public async Task ScheduleAsync_DueLater_SchedulesOneMessagePerAttemptAtThatTime()
    {
        var scheduler = new ServiceBusDeliveryScheduler(_sender, _clock);
        var due = TestServices.Now.AddMinutes(2);

        await scheduler.ScheduleAsync([new WebhookDelivery("sub_a", TierChangeDeliveryFunctionTests.Change(), 3)], due, CancellationToken.None);

        await _sender.Received(1).ScheduleMessagesAsync(
            Arg.Is<IEnumerable<ServiceBusMessage>>(messages => messages.Single().MessageId == "tc_1.sub_a.3"), due, Arg.Any<CancellationToken>());
        await _sender.DidNotReceiveWithAnyArgs().SendMessagesAsync(default(IEnumerable<ServiceBusMessage>)!, default);
    }

    [Fact]
    public async Task ScheduleAsync_DueNow_SendsAtOnce()
    {
        var scheduler = new ServiceBusDeliveryScheduler(_sender, _clock);
        var deliveries = new[] { "sub_a", "sub_b" }.Select(id => new WebhookDelivery(id, TierChangeDeliveryFunctionTests.Change(), 1)).ToList();

        await scheduler.ScheduleAsync(deliveries, TestServices.Now, CancellationToken.None);

        await _sender.Received(1).SendMessagesAsync(
            Arg.Is<IEnumerable<ServiceBusMessage>>(messages => messages.Count() == 2), Arg.Any<CancellationToken>());
        await _sender.DidNotReceiveWithAnyArgs().ScheduleMessagesAsync(default(IEnumerable<ServiceBusMessage>)!, default, default);
    }
}
