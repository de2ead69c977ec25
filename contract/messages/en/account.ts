export default {
  unreadableBalance: { message: "ITNIO's balance answer did not carry a readable balance.", hint: "Check the profile's base URL; if it is right, try again later." },
} as const;
