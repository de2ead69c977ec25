import { describe, expect, it } from 'vitest';
import { phoneSetupText, sipUri } from '../../../../contract/schemas/phones';

const registrar = { host: 'sip.example.com', port: 5060, transport: 'udp' as const };

describe('a phone as a SIP URI (the setup card’s QR code)', () => {
  it('names account, registrar, port and transport, and no password until one is given', () => {
    expect(sipUri({ registrar, account: '80010001' })).toBe('sip:80010001@sip.example.com:5060;transport=udp');
    expect(sipUri({ registrar: { host: '203.0.113.7', port: 5061, transport: 'tls' }, account: '80010001' })).toBe('sip:80010001@203.0.113.7:5061;transport=tls');
  });

  it('carries a revealed password in its userinfo, escaped where RFC 3261 wants it', () => {
    expect(sipUri({ registrar, account: '80010001', password: 'aB3-x_9' })).toBe('sip:80010001:aB3-x_9@sip.example.com:5060;transport=udp');
    // "@", ":", ";" and spaces would end the userinfo early; "&=+$," may stand as they are.
    expect(sipUri({ registrar, account: 'desk 1', password: 'p@ss:w;rd&=+$,é' })).toBe('sip:desk%201:p%40ss%3Aw%3Brd&=+$,%C3%A9@sip.example.com:5060;transport=udp');
  });
});

describe('the setup card’s text', () => {
  it('holds one field a line, the password only when given', () => {
    expect(phoneSetupText({ registrar, account: '80010001' })).toBe('SIP server: sip.example.com\nPort: 5060\nTransport: UDP\nAccount: 80010001');
    expect(phoneSetupText({ registrar, account: '80010001', password: 'aB3x9' })).toBe('SIP server: sip.example.com\nPort: 5060\nTransport: UDP\nAccount: 80010001\nPassword: aB3x9');
  });
});
