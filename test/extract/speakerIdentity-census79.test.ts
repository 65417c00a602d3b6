import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';

describe('a country that owns a body is written as its adjective, wherever the outlet is (row R)', () => {
  it('given "Ghana\'s Ministry of Foreign Affairs and Regional Integration", the Ghanaian ministry', () => {
    expect(textEntity("Ghana's Ministry of Foreign Affairs and Regional Integration").id).toBe(
      'text:ghanaian-ministry-of-foreign-affairs-and-regional-integration',
    );
  });

  it('given "Tanzania\'s Foreign Ministry", the Tanzanian foreign ministry', () => {
    expect(textEntity("Tanzania's Foreign Ministry").id).toBe('text:tanzanian-foreign-ministry');
  });

  it('given "Senegal\'s Ministry of Foreign Affairs", the Senegalese ministry', () => {
    expect(textEntity("Senegal's Ministry of Foreign Affairs").id).toBe(
      'text:senegalese-ministry-of-foreign-affairs',
    );
  });
});
