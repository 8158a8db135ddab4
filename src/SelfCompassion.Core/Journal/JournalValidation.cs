namespace SelfCompassion.Journal;

/// <summary>The journal's rules, checked in the service whatever the form allowed, in the app's voice.</summary>
internal static class JournalValidation
{
    public static List<JournalError> Check(EntryInput input)
    {
        var errors = new List<JournalError>();
        if (string.IsNullOrWhiteSpace(input.Thought))
        {
            errors.Add(new("Thought", "Please write the thought in a few words (up to 2,000 characters)."));
        }
        else if (input.Thought.Length > JournalLimits.ThoughtMaxLength)
        {
            errors.Add(new("Thought", "Please shorten the thought to 2,000 characters or fewer."));
        }
        if (input.Situation?.Length > JournalLimits.SituationMaxLength)
        {
            errors.Add(new("Situation", "Please shorten the situation to 1,000 characters or fewer."));
        }
        CheckRating(errors, "Belief", input.Belief, "how strongly you believe the thought");
        CheckEmotions(errors, input.Emotions);
        foreach (var pattern in input.Patterns)
        {
            if (!Patterns.IsKnown(pattern))
            {
                errors.Add(new("Patterns", "Please choose patterns from the list."));
                break;
            }
        }
        return errors;
    }

    public static List<JournalError> Check(ReframeInput input, int emotionCount)
    {
        var errors = new List<JournalError>();
        if (string.IsNullOrWhiteSpace(input.CompassionateResponse))
        {
            errors.Add(new("CompassionateResponse",
                "When you're ready, write a kinder, realistic way to see it. A sentence is enough (up to 2,000 characters)."));
        }
        var texts = new (string Field, string? Text)[]
        {
            ("Acknowledgement", input.Acknowledgement), ("CommonHumanity", input.CommonHumanity),
            ("EvidenceFor", input.EvidenceFor), ("EvidenceAgainst", input.EvidenceAgainst),
            ("FriendView", input.FriendView), ("CompassionateResponse", input.CompassionateResponse),
        };
        foreach (var (field, text) in texts)
        {
            if (text?.Length > JournalLimits.ReframeFieldMaxLength)
            {
                errors.Add(new(field, "Please shorten this to 2,000 characters or fewer."));
            }
        }
        CheckRating(errors, "BeliefAfter", input.BeliefAfter, "how strongly you believe the thought now");
        if (input.EmotionsAfter.Count != emotionCount)
        {
            errors.Add(new("EmotionsAfter", "Please rate each feeling again, from 0 to 100."));
        }
        for (var i = 0; i < input.EmotionsAfter.Count; i++)
        {
            if (input.EmotionsAfter[i] is < 0 or > 100)
            {
                errors.Add(new($"EmotionsAfter[{i}]", "Please use a number from 0 to 100."));
            }
        }
        return errors;
    }

    private static void CheckRating(List<JournalError> errors, string field, int value, string what)
    {
        if (value is < 0 or > 100)
        {
            errors.Add(new(field, $"Please rate {what} with a number from 0 to 100."));
        }
    }

    private static void CheckEmotions(List<JournalError> errors, IReadOnlyList<EmotionRating> emotions)
    {
        if (emotions.Count == 0)
        {
            errors.Add(new("Emotions", "Please rate at least one feeling, from 0 to 100. You can also add your own word for it."));
            return;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var custom = 0;
        foreach (var emotion in emotions)
        {
            if (emotion.Key is not null)
            {
                if (!Emotions.IsKnown(emotion.Key))
                {
                    errors.Add(new("Emotions", "Please choose feelings from the list, or type your own."));
                    return;
                }
                if (!seen.Add(emotion.Key))
                {
                    errors.Add(new("Emotions", "Each feeling can be rated once."));
                    return;
                }
            }
            else
            {
                custom++;
                var name = emotion.CustomName?.Trim() ?? "";
                if (name.Length == 0 || name.Length > Emotions.CustomNameMaxLength)
                {
                    errors.Add(new("Emotions", $"Please name your own feeling in a word or two (up to {Emotions.CustomNameMaxLength} characters)."));
                    return;
                }
            }
            if (emotion.Intensity is < 0 or > 100)
            {
                errors.Add(new("Emotions", "Please rate each feeling with a number from 0 to 100."));
                return;
            }
        }
        if (custom > Emotions.MaxCustom)
        {
            errors.Add(new("Emotions", $"You can add up to {Emotions.MaxCustom} feelings of your own."));
        }
    }
}
