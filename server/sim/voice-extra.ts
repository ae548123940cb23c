/**
 * Lines the persona files have no bank for yet, per persona id: what the employee says when a
 * reflection gets them wrong, when a proposal is put to them, and when asked a direct question they
 * are not ready to answer. They live here because the persona schema (server/content, not the
 * engine's) has no field for them; they belong in `personas/*.yaml` once it has. Each line is in the
 * persona's voice (their habits and never-says) and names no scenario's subject, so it fits every
 * scenario the persona plays.
 */
export interface ExtraBanks {
  /** A reflection that contradicts or invents what they said: the correction's first words. */
  correct: readonly string[];
  /** A proposal they take. */
  accept: readonly string[];
  /** A proposal they are unsure of: neither yes nor no, and why. */
  hedge: readonly string[];
  /** A proposal they push back on. */
  reject: readonly string[];
  /** A direct question they can answer but will not yet: acknowledges it was asked. */
  notYet: readonly string[];
}

const GENERIC: ExtraBanks = {
  correct: ["That's not what I said.", "No, that's not it.", "That isn't what I meant."],
  accept: ["Okay. I can try that.", "That could work.", "Yes, let's try that."],
  hedge: [
    "Maybe. I'd want to think about it.",
    "I'm not sure yet. Can I come back to you?",
    "Possibly. It depends on what else changes.",
  ],
  reject: ["I don't think that helps.", "No, I don't see that working.", "I'd rather not."],
  notYet: [
    "I know the answer. I'm not sure I want to get into it yet.",
    "I could tell you. I'd rather not, right now.",
    "That's a fair question. Ask me again later.",
  ],
};

const BY_PERSONA: Readonly<Record<string, ExtraBanks>> = {
  dana: {
    correct: [
      "To be clear, that's not what I said.",
      "To be clear, I didn't say that. Don't put it in my mouth.",
      "To be clear, no. That's not what I told you.",
      "For the record, that isn't what I said.",
    ],
    accept: [
      "That would help. I'll hold you to it.",
      "Fine. That's reasonable, if it's written down.",
      "Yes. I can work with that.",
      "That would help.",
      "I can live with that.",
      "That's the first concrete thing I've heard. Okay.",
    ],
    hedge: [
      "Maybe. Who covers what I drop?",
      "Maybe, if it's written down.",
      "Possibly, with the details agreed first.",
      "On paper, yes. I want to see what it looks like in practice.",
      "I'm not against it. I want the details first.",
      "Possibly. What does it cost, and who pays it?",
    ],
    reject: [
      "No. That fixes the board, not the problem.",
      "I don't see how that helps, to be honest.",
      "That's more process. I don't need more process.",
      "No. I've seen that tried before.",
    ],
    notYet: [
      "I have the number. I'm not sure this is where I want to put it yet.",
      "I know exactly. I'd like to know why you're asking first.",
      "It's in my notes. I'm not ready to hand them over.",
      "I could tell you. For the record, I'd rather not yet.",
    ],
  },
  elena: {
    correct: [
      "Incorrect. That's not what I said.",
      "No. Read back what I actually said.",
      "That's not my position. Let's be exact.",
      "Technically, I said nothing of the kind.",
    ],
    accept: [
      "Fine. That's a sensible change.",
      "Acceptable. Let's try it.",
      "Hm. Yes, that's workable.",
      "That I can agree with.",
      "That would be sensible.",
    ],
    hedge: [
      "Possibly. Define who owns it.",
      "Maybe. I'd want to see the numbers first.",
      "Hm. It depends on the details.",
      "Not opposed. Not convinced either.",
      "Possibly, if someone owns it.",
    ],
    reject: [
      "No. That treats the symptom.",
      "I don't see the point of that.",
      "That adds work and fixes nothing.",
      "No. That's not a fix.",
    ],
    notYet: [
      "I know. I'm not sure it's relevant yet.",
      "I could answer that. I'd like to know why it matters first.",
      "Precisely? I'd rather not say yet.",
      "That's a fair question. Not one I'll answer today.",
    ],
  },
  jun: {
    correct: [
      "Um. That's not really what I said.",
      "I don't think I said that.",
      "No, that's... not it, I guess.",
      "That's not really what I meant.",
    ],
    accept: [
      "Okay. Yeah, I could try that.",
      "I guess that could work.",
      "Yeah. Okay.",
      "Sure, I can try that.",
      "That could be okay, I guess.",
    ],
    hedge: [
      "Maybe? I don't know yet.",
      "I guess. Can I think about it?",
      "Not sure. Maybe.",
      "Um. Maybe, I guess.",
      "Maybe, I guess.",
    ],
    reject: [
      "I don't really see the point.",
      "I'd rather not, I guess.",
      "Not really. Dunno.",
      "I don't think that would change much.",
    ],
    notYet: [
      "Um. I'd rather not get into that yet.",
      "I know, I guess. It's kind of a long story.",
      "Can we come back to that?",
      "I'd rather not say right now.",
    ],
  },
  marcus: {
    correct: [
      "That's not what I said, though.",
      "Hang on, that's not what I meant.",
      "No, that's not it. Let me be specific.",
      "Fair, but that's not what I said.",
    ],
    accept: [
      "Okay. That's concrete. I can work with that.",
      "Yes. That helps.",
      "That works for me.",
      "Okay. Let's do that.",
      "That would help, honestly.",
    ],
    hedge: [
      "Maybe. What specifically would that look like?",
      "Possibly. I'd want to know what it changes.",
      "I'm open to it. I want the details first.",
      "Could be. Who decides whether it worked?",
      "Maybe, if it comes with something concrete.",
    ],
    reject: [
      "Honestly, I don't think that gets at the real issue.",
      "I don't see how that changes anything.",
      "No. That feels like a way to push this off.",
      "That's not what I need.",
    ],
    notYet: [
      "I know the answer. I'm not sure I want to get into it yet.",
      "I could tell you. Let's come back to it.",
      "Honestly? Ask me again in a bit.",
      "That's fair to ask. I'm not ready to answer it yet.",
    ],
  },
  priya: {
    correct: [
      "Sorry, no, that's not what I meant.",
      "Um, that's not really what I said.",
      "Ha. No. Sorry, that's not it at all.",
      "I mean, no. That's kind of the opposite.",
    ],
    accept: [
      "Honestly? That would help a lot.",
      "Yeah. I'd like that.",
      "Okay. Yes. Thank you.",
      "That would actually help, yeah.",
      "That would help, honestly.",
    ],
    hedge: [
      "Maybe? I don't want it to land on someone else, though.",
      "I mean, maybe. I don't know.",
      "Sorry, I'm not sure. Can I think about it?",
      "Possibly. I'd feel bad about who picks it up.",
      "Maybe, if nobody else gets stuck with it.",
    ],
    reject: [
      "Sorry, I don't think that would help.",
      "I'd rather not, honestly.",
      "I don't think that changes much, sorry.",
      "Um, no. I don't think so.",
    ],
    notYet: [
      "Sorry, I'd rather not get into that yet.",
      "I know, I just... not yet. Sorry.",
      "Can we come back to that one?",
      "Honestly, I'd rather not say right now.",
    ],
  },
  tomas: {
    correct: [
      "Whoa, no. That's not what I said.",
      "Ha. No, that's not it.",
      "Look, that's not what I meant.",
      "Okay, okay, that's not what I said.",
    ],
    accept: [
      "Okay. Yeah, let's do that.",
      "That would help. Honestly.",
      "Yes. That's all I'm asking for.",
      "Ha. Right. Okay, I'm in.",
      "That would actually help.",
    ],
    hedge: [
      "Maybe. Here's the thing, I'd want to see it on a whiteboard first.",
      "Possibly. What happens if it doesn't work?",
      "I'm not against it. I want to understand it first.",
      "Hm. Could be. Let me think.",
      "Maybe, if we can draw it out first.",
    ],
    reject: [
      "Look, I don't think that fixes it.",
      "Honestly, no. That's a band-aid.",
      "I don't see how that helps.",
      "No. That's not the problem.",
    ],
    notYet: [
      "I know. I'm not sure I want to get into it yet.",
      "Honestly? Let's come back to that.",
      "I could tell you. Not right now.",
      "Fair question. Ask me again later.",
    ],
  },
};

export function extraBanks(personaId: string): ExtraBanks {
  return BY_PERSONA[personaId] ?? GENERIC;
}
