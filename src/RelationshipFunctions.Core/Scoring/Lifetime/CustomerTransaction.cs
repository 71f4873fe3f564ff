namespace RelationshipFunctions.Scoring.Lifetime;

/// <summary>One purchase: who bought, on which day, and for how much (in the shop's currency).</summary>
public sealed record CustomerTransaction(string CustomerId, DateOnly Date, double Amount);
