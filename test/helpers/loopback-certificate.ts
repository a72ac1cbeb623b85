/**
 * A certificate for a fake service on 127.0.0.1, made fresh for each test run with selfsigned, so
 * clients that insist on HTTPS (token libraries, teams-ai's Azure OpenAI client) can talk to it.
 * The bot's process trusts it through NODE_EXTRA_CA_CERTS, as an operator would trust a private
 * CA; nothing else on the machine does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import selfsigned from 'selfsigned';

export interface LoopbackCertificate {
  key: string;
  cert: string;
  /** The PEM file of the certificate, for NODE_EXTRA_CA_CERTS. */
  certFile: string;
  /** Deletes the PEM file. */
  remove: () => void;
}

/** A self-signed certificate (its own CA) for the IP address 127.0.0.1, written to a temporary PEM file. */
export async function makeLoopbackCertificate(): Promise<LoopbackCertificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-cert-'));
  const certFile = path.join(dir, 'cert.pem');
  fs.writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
