using Microsoft.Azure.Functions.Worker;
using RelationshipFunctions.Scoring;

namespace RelationshipFunctions.Functions.Scoring;

/// <summary>
/// The nightly rescoring, on the schedule in the app setting <c>NightlyRescoreSchedule</c>
/// (NCRONTAB, UTC; the deployment sets <c>0 0 2 * * *</c>, 02:00 every day).
/// </summary>
public sealed class NightlyRescoreFunction(RescoringService rescoring, TimeProvider clock)
{
    [Function("NightlyRescore")]
    public Task<RescoreResult> RunAsync(
        [TimerTrigger("%NightlyRescoreSchedule%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        rescoring.RescoreAsync(clock.GetUtcNow(), cancellationToken);
}
