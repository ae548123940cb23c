import type { Intent } from "../content/persona.schema";

/**
 * Per persona, per scenario it plays: the subjects that belong to that scenario (a persona line
 * naming one is spoken only where it belongs, see scenario-fit.ts), and lines of the scenario's own
 * for the banks those subjects empty. Data, not code: a subject is lower case and matched at a word
 * start in the line with the scenario's facts filled in ("rfc" matches "RFC-112" and "RFCs").
 *
 * This belongs in the scenario files (`overrides.<persona>.phrases`, a `subjects` list) once the
 * content schema (server/content) has those fields; until then the engine carries it.
 */
export interface ScenarioVoice {
  subjects: readonly string[];
  phrases?: Partial<Record<Intent, readonly string[]>>;
  closers?: readonly string[];
}

export const SCENARIO_VOICE: Readonly<Record<string, Readonly<Record<string, ScenarioVoice>>>> = {
  dana: {
    "missed-sprint-commitments": {
      subjects: [
        "sprint",
        "board",
        "velocity",
        "burndown",
        "carry",
        "carried",
        "acceptance criteria",
        "scope",
        "estimat",
        "re-estimat",
        "ticket",
        "planning",
        "on track",
        "two-week",
        "interrupt",
        "predictab",
        "column",
      ],
    },
    "resisting-feedback": {
      subjects: ["retry", "outage", "juniors", "interrupting", "talk over", "postmortem"],
      phrases: {
        deflect: [
          "We were in a postmortem. People were direct. That's what postmortems are for.",
          "I'd rather talk about the outage than about my manners in the room.",
          "The timeline is the useful part of that meeting. Ask me about the timeline.",
          "If we're reviewing how people talk in postmortems, review everyone.",
        ],
        justify: [
          "{teammate} was guessing at the root cause in front of {attendees}. Someone had to correct it.",
          "I was precise. Precise sounds harsh at the end of a long night.",
        ],
        push_back: ["To be clear, I didn't shout at anyone."],
        vent: [
          "I hold the payouts together at two in the morning and get a note about my tone.",
          "Everyone remembers what I said. Nobody remembers that the payouts went out.",
        ],
        open_up: [
          "I know I talked over people. I heard it myself afterwards.",
          "It was a bad night and a worse week. That's not an excuse. It's context.",
          "I don't like who I was in that room.",
        ],
        propose: [
          "Let someone else run the next postmortem, and I'll take notes instead of talking.",
          "Give me the timeline section to present. Other people lead the rest.",
          "Let me talk to {teammate} first, without you, and then we see.",
        ],
        commit: [
          "I'll talk to {teammate} before the end of the week. Privately.",
          "I'll let people finish before I respond in the next postmortem. You can check with the room.",
          "I'll write the blameless version of the timeline and share it by Friday.",
        ],
      },
    },
  },
  elena: {
    "dismissive-code-reviews": {
      subjects: [
        "comment",
        "pull request",
        "prs",
        "diff",
        "codeowner",
        "linter",
        "rubber-stamp",
        "reviewing",
        "reviews",
        "reviewer",
        "review guide",
        "review queue",
        "review logs",
        "bad cop",
        "complain",
        "feelings",
        "the docs",
        "queue",
        "merge",
        "one-liners",
        "the engineer",
        "growth team",
        "conduct",
        "principal",
        "tone",
      ],
    },
    "architecture-mediation": {
      subjects: [
        "codeowner",
        "rfc",
        "kafka",
        "order events",
        "tomás",
        "tomas",
        "mediation",
        "thread",
      ],
      phrases: {
        deflect: [
          "The question isn't how I said it. It's whether {proposal} is safe.",
          "We should be discussing failure modes, not meeting etiquette.",
          "Four minutes was enough to see the problem. The review format is the issue, not me.",
          "If architecture review had a real process, none of this would be in a channel.",
        ],
        justify: [
          "{proposal} puts a broker in the middle of every payment. Someone has to operate that at three in the morning.",
          "I closed it fast because the failure modes weren't in it. That's not a personal judgement.",
          "The shared libraries would carry the consumer code. I'd be the one supporting it.",
          "I've seen an event bus migration go wrong before. I'm not repeating it on {project}.",
        ],
        push_back: [
          "'Not happening' was blunt. It was also correct, as the document stands.",
          "A second lane is also a second thing to break.",
          "No. Page counts alone don't justify a new broker.",
        ],
        vent: [
          "I get called the blocker in every design discussion because I'm the one who reads the whole document.",
        ],
        ask_back: [
          "Who is going to operate {proposal} at night? Name them.",
          "What does the rollback look like? It's not in the document.",
          "Are we deciding the design here, or deciding who was blunt?",
          "What would count as evidence, for either of us?",
          "Which failure modes did the load test cover?",
        ],
        open_up: [
          "I could have said more than 'not happening'. I was tired of reading proposals with no failure section.",
          "I'm not against the idea. I'm against owning it alone.",
          "It's uncomfortable being the reason a good engineer is angry.",
        ],
        propose: [
          "Write the failure section, and I'll review the document properly, with a date.",
          "Let's agree the criteria first: operational cost, paging load, rollback. Then score it.",
          "Pilot it on one flow that doesn't move money, with its author on call for it, and measure.",
          "Give Platform a seat in the decision so the operating cost is priced in.",
        ],
        commit: [
          "I'll write down my objections as a list by Friday, each with what would answer it.",
          "I'll review the revised proposal within a week of it landing, in writing.",
          "I'll come to the decision meeting with the operating cost estimate for {project}.",
          "I'll talk to him directly before the next architecture review.",
        ],
        escalate: [
          "If this turns into a vote on my manners, I'll ask the architecture council to take it.",
          "Then decide it without me and own the pager.",
        ],
      },
    },
  },
  jun: {
    "first-one-on-one-after-attrition": {
      subjects: ["three weeks", "sign-up"],
    },
    "pip-kickoff": {
      subjects: ["pip", "performance plan", "pricing", "grow-", "the plan", "written plan"],
    },
  },
  marcus: {
    "promotion-not-yet": {
      subjects: [
        "impact doc",
        "committee",
        "packet",
        "not yet",
        "calibration",
        "ladder",
        "goalposts",
        "gap list",
        "design review",
        "mentor",
        "peer feedback",
        "checklist",
        "strategy",
        "staff engineer",
        "staff group",
        "cross-team",
        "another cycle",
        "promoted",
        "promotion",
        "put me forward",
        "argue for me",
        "the bar",
        "a clear bar",
        "the decision",
      ],
    },
    "career-goals-exploration": {
      subjects: [
        "not yet",
        "committee",
        "packet",
        "calibration",
        "ladder",
        "goalposts",
        "gap list",
        "design review",
        "mentor",
        "peer feedback",
        "checklist",
        "strategy",
        "staff engineer",
        "staff group",
        "cross-team",
        "another cycle",
        "promoted",
        "promotion",
        "put me forward",
        "argue for me",
        "the bar",
        "a clear bar",
        "impact doc",
      ],
    },
    "compensation-disappointment": {
      subjects: [
        "a raise",
        "the raise",
        "my raise",
        "letter",
        "salary",
        "the number",
        "band",
        "market rate",
        "pay ",
      ],
      phrases: {
        deflect: [
          "Let's not make this about process. I want to understand how {raise} was arrived at.",
          "Honestly, I'm not here to argue about the budget. I'm here about my number.",
          "The org-wide average is the org's problem. My letter is mine.",
          "We can talk about next year later. I'm still processing this one.",
        ],
        justify: [
          "I shipped {project} on time and kept search stable all year. I expected that to show up in the number.",
          "I'm not being greedy. I'm comparing it with what I delivered.",
        ],
        push_back: [
          "With respect, {raise} against a {budget} budget reads as below average. Is that what I was?",
          "'Top of the band' is an explanation, not a reason.",
        ],
        vent: [
          "I opened the letter and honestly, it stung.",
          "Below the average, after the year I had. That's hard to read any other way.",
          "It's the kind of number you give someone you're not worried about losing.",
          "I keep telling myself it's only money. It isn't only money.",
        ],
        ask_back: [
          "How was the number actually decided? Who was in the room?",
          "What would have had to be different for it to be higher?",
          "Is the band ceiling the real reason, or is it performance?",
          "Can anything change before {next_review}, or is this it?",
        ],
        open_up: [
          "I'm disappointed. I'm trying not to be angry about it in here.",
          "Honestly, I felt a bit stupid reading it. Like I'd misread the whole year.",
          "It's not the percentage. It's what it says about how I'm seen.",
        ],
        propose: [
          "Show me where I sit in the band and what moves it, in writing.",
          "Let's set concrete targets now for {next_review}, so the number isn't a surprise next time.",
          "Could you ask HR to review the band for my role? The market's moved.",
          "If the number can't move, can the scope? Give me something that changes my level.",
          "Let's check in on it monthly instead of me finding out in a letter.",
        ],
        commit: [
          "I'll write down what I think a fair outcome looks like and send it before our next 1-on-1.",
          "I'll pull together the market data I have and bring it to our next 1-on-1.",
          "I'll draft targets for {next_review} by Friday so we can agree them.",
          "I'll sleep on it and come back to you on Thursday with a clear head.",
        ],
        escalate: [
          "I'd like to hear from HR directly how it was decided, then.",
          "Then I'll start looking at what the market pays. I'd rather not, but I will.",
        ],
      },
    },
  },
  priya: {
    "burnout-signals": {
      subjects: ["stand-up", "camera", "doctor", "wellness", "pep talk", "all good"],
    },
    "lateral-move-request": {
      subjects: ["developer experience", "transfer", "the move", "other team"],
      phrases: {
        justify: ["I've done my share of on-call. More than my share, honestly."],
        push_back: [
          "Sorry, but I don't think staying on the rotation as it is is the answer.",
          "I'm not asking to leave. I'm asking to move. That's different, I think.",
        ],
        ask_back: ["Is moving even on the table, honestly?"],
        commit: [
          "I'll write down what I'd want from {target_team} and what I'd miss here, by Friday.",
        ],
      },
    },
  },
  tomas: {
    "architecture-mediation": {
      subjects: [
        "rfc",
        "channel",
        "thread",
        "slack",
        "kafka",
        "order events",
        "event-driven",
        "architecture council",
        "seniority",
        "decision",
        "both designs",
        "design review",
        "tone",
        "rude",
        "persistent",
        "win against",
        "losing politely",
        "back down",
        "too complex",
        "prototype",
        "apology",
        "elena",
        "never done it that way",
        "second lane",
        "private conversation",
        "pushed in public",
        "homework",
      ],
    },
    "celebrating-a-win": {
      subjects: ["noor", "cutover", "184,000", "harness", "payment provider", "migration"],
      phrases: {
        deflect: [
          "Honestly, it was a team thing. I just held the checklist.",
          "Ha. Okay. Can we talk about what's next instead? I'm bad at this part.",
          "It went well. Let's not jinx it, the provider still has a few rough edges.",
          "Look, it's nice, but it's done. I'm already thinking about the next thing.",
        ],
        justify: [
          "We rehearsed the switch four times in staging. That's why it was boring on the night.",
          "I planned it so we could roll back in under a minute at every step. We never needed to.",
          "{orders} and not one failed payment. That's the part I'm actually proud of.",
          "The boring cutovers are the ones somebody worried about for weeks. I worried about this one.",
        ],
        push_back: [
          "I don't think it was luck. It was the rehearsals.",
          "Look, I'd rather not make it about me. That's not false modesty.",
          "Honestly, a shout-out in all-hands isn't the reward I'd pick.",
          "No, that's not quite it. The hard part was before the night, not on it.",
        ],
        vent: [
          "The reward for a smooth migration is usually the next migration.",
          "Nobody notices the incidents that didn't happen. That's the job, I guess.",
        ],
        ask_back: [
          "Did finance actually say that, or is it being polished on the way down?",
          "Does anyone above you know who built the replay harness?",
          "What happens now? Honestly. Is there a next thing already lined up?",
          "Are we celebrating it, or is this the bit before you hand me another one?",
          "Who else have you told?",
        ],
        open_up: [
          "Honestly, I was nervous the whole night. I didn't sleep before it.",
          "It felt really good. I forgot how good it feels when a plan works.",
          "I learned to rehearse the boring parts. The boring parts are where it breaks.",
          "It's nice to be thanked for something. It's been a while.",
        ],
        propose: [
          "Can we write it up for the engineering blog, with {junior} as co-author?",
          "Let {junior} present the replay harness at the next tech talk.",
          "What if we turn the cutover checklist into a template for the next migration?",
          "I'd like a quiet sprint after this. No new migration for a few weeks.",
          "Could we share the runbook with the other payment teams?",
        ],
        commit: [
          "I'll draft the write-up by Friday and send it to {junior} first.",
          "I'll put {junior}'s name on the harness in the cutover notes and on the all-hands slide.",
          "I'll turn the cutover checklist into a template by the end of next week.",
          "I'll ask {junior} today if she wants to present the harness.",
          "I'll write down what went well this week, before I forget it.",
        ],
        escalate: [
          "If more on-call is the thank-you, I'll talk to the director about how wins get rewarded here.",
          "Maybe I'll go somewhere that rewards a clean cutover with something other than more pages.",
          "Fine. I'll take the credit question to the director myself.",
        ],
      },
    },
  },
};
